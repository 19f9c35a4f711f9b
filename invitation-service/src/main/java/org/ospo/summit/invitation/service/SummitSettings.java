package org.ospo.summit.invitation.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.ospo.summit.invitation.mapping.InvitationMapper;
import org.ospo.summit.invitation.repository.SummitRepository;
import org.ospo.summit.platform.http.EntityTags;
import org.ospo.summit.platform.http.RenderedJson;
import org.ospo.summit.platform.notify.NotifiedCache;
import org.ospo.summit.platform.notify.PgListener;
import org.ospo.summit.platform.notify.ReadCacheSettings;

/**
 * The public read of an edition's settings ({@code GET /api/summit}, {@code GET /api/summits/{id}}) served from
 * memory, written to JSON once with its tag: a replica LISTENs on {@code summit_settings}, which a trigger notifies
 * at the commit of any change to an edition's settings (V10; the seat counter is not one), and this replica's own
 * changes clear it at once. While the listener has no connection, every read asks the database. Staleness is one
 * notification's delivery (milliseconds); a connection that stops delivering silently is found by the heartbeat
 * ({@code summit.read-cache.heartbeat}, 2 s), so even then nothing older than three heartbeats is served.
 * {@code summit.read-cache.enabled=false} reads the database every time.
 */
@ApplicationScoped
public class SummitSettings {
    private static final int CURRENT = 0;
    private final SummitRepository summits;
    private final EntityTags tags;
    private final NotifiedCache<Integer, RenderedJson> memory = new NotifiedCache<>();
    private final PgListener listener;
    private final boolean enabled;

    public SummitSettings(
            SummitRepository summits, EntityTags tags, Pool pool, Vertx vertx, ReadCacheSettings readCache) {
        this.summits = summits;
        this.tags = tags;
        this.enabled = readCache.enabled();
        this.listener = new PgListener(
                "summit settings",
                pool,
                vertx,
                readCache.listenRetry(),
                readCache.heartbeat(),
                Map.of("summit_settings", payload -> changed()),
                memory::resume,
                memory::suspend);
    }

    /** An edition's settings as JSON with their tag (the current edition's when {@code id} is null); 404 for none. */
    public Uni<RenderedJson> rendered(Integer id) {
        return memory.get(
                id == null ? CURRENT : id,
                () -> Panache.withSession(() -> summits.edition(id))
                        .map(summit -> tags.render(InvitationMapper.summit(summit))));
    }

    /** an edition changed (a notification, or this replica's own write once committed) */
    public void changed() {
        memory.invalidateAll();
    }

    void start(@Observes StartupEvent event) {
        if (enabled) {
            listener.start();
        }
    }

    void stop(@Observes ShutdownEvent event) {
        listener.stop();
    }
}
