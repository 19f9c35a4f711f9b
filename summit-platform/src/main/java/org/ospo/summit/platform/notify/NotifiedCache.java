package org.ospo.summit.platform.notify;

import io.smallrye.mutiny.Uni;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Values read from the database and kept in memory for as long as the database tells of every change to them: a
 * {@link PgListener} calls {@link #invalidate} or {@link #invalidateAll} for each notification, {@link #resume} when
 * it listens and {@link #suspend} when it lost its connection.
 * <p>
 * The invariant: a value is served from memory only if it was loaded completely after the listener last started
 * listening, and no invalidation of its key (or of all keys) came after its load began. Everything else goes to the
 * database. So a replica serves what the database held at most one notification's delivery ago, and while it cannot
 * listen it serves nothing from memory at all. A load racing an invalidation keeps its value only if it can prove
 * the invalidation came first: it stores, then looks at the key's last invalidation, and takes its value back if
 * that is newer than its start; an invalidation stamps the key first and removes the value after, so one of the two
 * always sees the other.
 */
public final class NotifiedCache<K, V> {
    private final Map<K, V> values = new ConcurrentHashMap<>();
    /** per key, the sequence number of its last invalidation */
    private final Map<K, Long> invalidated = new ConcurrentHashMap<>();

    private final AtomicLong sequence = new AtomicLong();
    private volatile long allInvalidated;
    private volatile boolean live;

    /** The value from memory, or {@code load}'s (kept when the rules above allow; a null or a failure never is). */
    public Uni<V> get(K key, Supplier<Uni<V>> load) {
        if (!live) {
            return load.get();
        }
        V held = values.get(key);
        if (held != null) {
            return Uni.createFrom().item(held);
        }
        long start = sequence.get();
        return load.get().invoke(value -> keep(key, value, start));
    }

    /** the value held in memory now, or null (no load) */
    public V peek(K key) {
        return live ? values.get(key) : null;
    }

    private void keep(K key, V value, long start) {
        if (value == null || !live || stale(key, start)) {
            return;
        }
        values.put(key, value);
        if (stale(key, start) || !live) {
            values.remove(key, value);
        }
    }

    private boolean stale(K key, long start) {
        return allInvalidated > start || invalidated.getOrDefault(key, 0L) > start;
    }

    /** the key changed in the database: load it again next time */
    public void invalidate(K key) {
        invalidated.put(key, sequence.incrementAndGet());
        values.remove(key);
    }

    /** anything may have changed */
    public void invalidateAll() {
        allInvalidated = sequence.incrementAndGet();
        values.clear();
    }

    /** the listener listens again: what it missed meanwhile is unknown, so memory starts empty */
    public void resume() {
        invalidateAll();
        live = true;
    }

    /** the listener lost its connection: nothing is served from memory until it is back */
    public void suspend() {
        live = false;
        invalidateAll();
    }

    public boolean live() {
        return live;
    }
}
