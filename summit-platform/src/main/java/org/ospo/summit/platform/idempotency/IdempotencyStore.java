package org.ospo.summit.platform.idempotency;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.security.GeneralSecurityException;
import java.time.Duration;
import org.ospo.summit.platform.relay.PeriodicRelay;
import org.ospo.summit.platform.security.Aead;
import org.ospo.summit.platform.security.Sha256;

/**
 * The {@code idempotency_key} table. A key is claimed by the first request that brings it (or when its holder
 * vanished for a minute, or after a day); the claim's answer is stored when that request ends. Keys older than a
 * day are deleted every hour. Nothing in the table is readable without the client's key: the row is found by a hash
 * of (scope, key) and the stored answer — which may carry an access token — is sealed (AES-256-GCM) under a key
 * derived from the same two, which only the client holds.
 */
@ApplicationScoped
public class IdempotencyStore {
    private static final String CLAIM = "insert into idempotency_key (scope, key, fingerprint, created_at) "
            + "values ($1, $2, $3, now()) on conflict (scope, key) do update set fingerprint = excluded.fingerprint, "
            + "created_at = now(), status = null, content_type = null, location = null, body = null "
            + "where (idempotency_key.status is null and idempotency_key.created_at < now() - interval '60 seconds') "
            + "or idempotency_key.created_at < now() - interval '24 hours' returning key";

    private final Pool pool;
    private final PeriodicRelay purger;

    public IdempotencyStore(Pool pool, Vertx vertx) {
        this.pool = pool;
        this.purger = new PeriodicRelay(vertx, "idempotency-key purge", this::purge);
    }

    void start(@Observes StartupEvent event) {
        purger.start(Duration.ofHours(1));
    }

    void stop(@Observes ShutdownEvent event) {
        purger.stop();
    }

    /** Forgets keys older than a day (the time a client may retry); returns how many. */
    public Uni<Integer> purge() {
        return pool.query("delete from idempotency_key where created_at < now() - interval '24 hours'")
                .execute()
                .map(rows -> rows.rowCount());
    }

    /** What a keyed request found: null when it claimed the key (it runs), else the stored state. */
    public record Stored(String fingerprint, Integer status, String contentType, String location, byte[] body) {}

    /** the row's {@code key}: a hash of who asked and their key (the key itself is never stored) */
    public static String rowKey(String scope, String key) {
        return Sha256.hex("idempotency-key\n" + scope + "\n" + key);
    }

    private static Aead seal(String scope, String key) {
        return Aead.derivedFrom("idempotency-answer\n" + scope + "\n" + key);
    }

    public Uni<Stored> claim(String scope, String clientKey, String fingerprint) {
        String key = rowKey(scope, clientKey);
        return pool.preparedQuery(CLAIM)
                .execute(Tuple.of(scope, key, fingerprint))
                .chain(claimed -> {
                    if (claimed.rowCount() > 0) {
                        return Uni.createFrom().nullItem();
                    }
                    return pool.preparedQuery(
                                    "select fingerprint, status, content_type, location, body from idempotency_key "
                                            + "where scope = $1 and key = $2")
                            .execute(Tuple.of(scope, key))
                            .map(rows -> {
                                if (rows.rowCount() == 0) {
                                    // released a moment ago by a request that failed: the client retries and claims it
                                    return new Stored(fingerprint, null, null, null, new byte[0]);
                                }
                                Row row = rows.iterator().next();
                                Buffer body = row.getBuffer("body");
                                return new Stored(
                                        row.getString("fingerprint"),
                                        row.getInteger("status"),
                                        row.getString("content_type"),
                                        row.getString("location"),
                                        body == null ? new byte[0] : open(scope, clientKey, body.getBytes()));
                            });
                });
    }

    public Uni<Void> complete(
            String scope, String clientKey, int status, String contentType, String location, byte[] body) {
        byte[] sealed = seal(scope, clientKey).seal(body);
        return pool.preparedQuery("update idempotency_key set status = $3, content_type = $4, location = $5, body = $6 "
                        + "where scope = $1 and key = $2")
                .execute(Tuple.from(new Object[] {
                    scope,
                    rowKey(scope, clientKey),
                    status,
                    contentType,
                    location,
                    io.vertx.core.buffer.Buffer.buffer(sealed)
                }))
                .replaceWithVoid();
    }

    /** The request failed on the server's side: the key is free for the retry. */
    public Uni<Void> release(String scope, String clientKey) {
        return pool.preparedQuery("delete from idempotency_key where scope = $1 and key = $2 and status is null")
                .execute(Tuple.of(scope, rowKey(scope, clientKey)))
                .replaceWithVoid();
    }

    private static byte[] open(String scope, String clientKey, byte[] sealed) {
        try {
            return seal(scope, clientKey).open(sealed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a stored answer does not open under its key", e);
        }
    }
}
