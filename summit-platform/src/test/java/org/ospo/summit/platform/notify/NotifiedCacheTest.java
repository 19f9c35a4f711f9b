package org.ospo.summit.platform.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.operators.multi.processors.UnicastProcessor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The cache's invariant, step by step: a value comes from memory only when it was loaded after the listener began
 * listening and nothing invalidated it since its load began. Loads are completed by hand, so each race is played in
 * one chosen order.
 */
class NotifiedCacheTest {
    private final NotifiedCache<String, String> cache = new NotifiedCache<>();
    private final AtomicInteger loads = new AtomicInteger();
    /** the database's value now */
    private volatile String database = "v1";

    private Supplier<Uni<String>> load() {
        return () -> Uni.createFrom().item(() -> {
            loads.incrementAndGet();
            return database;
        });
    }

    private String get() {
        return cache.get("k", load()).await().indefinitely();
    }

    @Test
    void beforeTheListenerListensEveryReadLoads() {
        assertEquals("v1", get());
        assertEquals("v1", get());
        assertEquals(2, loads.get());
        assertNull(cache.peek("k"));
    }

    @Test
    void whileListeningOneLoadServesUntilTheKeyIsInvalidated() {
        cache.resume();
        assertEquals("v1", get());
        assertEquals("v1", get());
        assertEquals(1, loads.get());

        database = "v2"; // changed without notification yet: memory still serves v1, the stated staleness
        assertEquals("v1", get());
        cache.invalidate("k");
        assertEquals("v2", get());
        assertEquals(2, loads.get());
    }

    @Test
    void invalidatingAnotherKeyKeepsThisOne() {
        cache.resume();
        get();
        cache.invalidate("other");
        get();
        assertEquals(1, loads.get());
        cache.invalidateAll();
        get();
        assertEquals(2, loads.get());
    }

    @Test
    void aLoadThatAnInvalidationOvertookIsServedOnceButNotKept() {
        cache.resume();
        UnicastProcessor<String> slow = UnicastProcessor.create();
        Uni<String> pending = cache.get("k", () -> slow.toUni());
        String[] answer = new String[1];
        pending.subscribe().with(v -> answer[0] = v);

        cache.invalidate("k"); // the value changed while the load was reading
        slow.onNext("old");
        assertEquals("old", answer[0], "the request that read it still gets what it read");
        assertNull(cache.peek("k"), "but memory does not keep a value older than the invalidation");

        database = "new";
        assertEquals("new", get());
        assertEquals("new", cache.peek("k"));
    }

    @Test
    void aLoadStartedBeforeAnInvalidationOfAllKeysIsNotKept() {
        cache.resume();
        UnicastProcessor<String> slow = UnicastProcessor.create();
        cache.get("k", () -> slow.toUni()).subscribe().with(v -> {});
        cache.invalidateAll();
        slow.onNext("old");
        assertNull(cache.peek("k"));
    }

    @Test
    void aLostListenerServesNothingFromMemoryAndResumesEmpty() {
        cache.resume();
        get();
        cache.suspend();
        database = "v2"; // a change whose notification nobody heard
        assertEquals("v2", get());
        assertEquals("v2", get());
        assertEquals(3, loads.get(), "every read asks the database while the listener is away");

        UnicastProcessor<String> slow = UnicastProcessor.create();
        cache.get("k", () -> slow.toUni()).subscribe().with(v -> {});
        cache.resume(); // a load begun while away is not kept: it may predate a missed notification
        slow.onNext("v2");
        assertNull(cache.peek("k"));
        assertEquals("v2", get());
        assertEquals("v2", cache.peek("k"));
    }

    @Test
    void failuresAndNullsAreNeverKept() {
        cache.resume();
        cache.get("k", () -> Uni.createFrom().nullItem()).await().indefinitely();
        assertNull(cache.peek("k"));
        try {
            cache.get("k", () -> Uni.createFrom().failure(new IllegalStateException("404")))
                    .await()
                    .indefinitely();
        } catch (IllegalStateException expected) {
            // the caller sees the failure
        }
        assertNull(cache.peek("k"));
        assertEquals("v1", get());
        assertEquals(1, loads.get());
    }
}
