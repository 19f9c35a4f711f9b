package org.ospo.summit.agenda.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.ospo.summit.agenda.api.AgendaView;
import org.ospo.summit.agenda.api.PublishedSession;
import org.ospo.summit.agenda.mapping.AgendaCalendar;
import org.ospo.summit.agenda.repository.AgendaVersionRepository;
import org.ospo.summit.agenda.repository.SessionRepository;
import org.ospo.summit.contracts.events.Editions;
import org.ospo.summit.platform.notify.NotifiedCache;
import org.ospo.summit.platform.notify.ReadCacheSettings;
import org.ospo.summit.platform.problem.ProblemException;
import org.ospo.summit.platform.time.SummitClock;

/**
 * Each edition's latest published version, held in memory with its JSON and iCalendar written once. Which version is
 * an edition's latest (and which edition is current) is held in memory too while {@link AgendaListener} hears of
 * every publication and edition change, on any replica: a read then needs no database round trip. Without the
 * listener (or with the read cache off) a request asks the database (one query) and reuses the rendered version when
 * it is still the latest.
 */
@ApplicationScoped
public class PublishedAgenda {
    private final AgendaVersionRepository versions;
    private final SessionRepository sessions;
    private final Snapshots snapshots;
    private final SummitDays days;
    private final AgendaCalendar calendar;
    private final boolean cached;
    /** per edition, its latest version as last loaded */
    private final Map<Integer, Current> cache = new ConcurrentHashMap<>();

    private final SummitClock clock;
    /** per edition (0: the current one), its latest version while notifications say nothing changed */
    private final NotifiedCache<Integer, Current> latest = new NotifiedCache<>();

    private static final int CURRENT = 0;

    /** {@code summit.read-cache.enabled=false} reads and renders the version on every request (the benchmark's baseline). */
    public PublishedAgenda(
            AgendaVersionRepository versions,
            SessionRepository sessions,
            Snapshots snapshots,
            SummitDays days,
            AgendaCalendar calendar,
            ReadCacheSettings readCache,
            SummitClock clock) {
        this.versions = versions;
        this.sessions = sessions;
        this.snapshots = snapshots;
        this.days = days;
        this.calendar = calendar;
        this.cached = readCache.enabled();
        this.clock = clock;
    }

    /**
     * One published version, ready to serve: sessions by id, cancelled ones, and the full JSON and the .ics text,
     * each written the first time it is asked for.
     */
    public record Current(
            int summitId,
            int version,
            OffsetDateTime publishedAt,
            ZoneId zone,
            List<PublishedSession> sessions,
            Map<UUID, PublishedSession> byId,
            Map<UUID, PublishedSession> cancelled,
            Supplier<byte[]> jsonWriter,
            Supplier<String> icsWriter) {

        public byte[] json() {
            return jsonWriter.get();
        }

        public String ics() {
            return icsWriter.get();
        }

        public String etag(String variant) {
            return "\"" + variant + "-v" + version + "-e" + summitId + "\"";
        }
    }

    /** Computes once, on first use; a race computes twice and keeps either (both are the same bytes). */
    private static <T> Supplier<T> once(Supplier<T> compute) {
        AtomicReference<T> value = new AtomicReference<>();
        return () -> {
            T held = value.get();
            if (held == null) {
                held = compute.get();
                value.set(held);
            }
            return held;
        };
    }

    /** The current edition's latest version. */
    public Uni<Current> current() {
        return current(null);
    }

    /**
     * An edition's latest version (the current edition's when {@code summitId} is null); an edition this service has
     * never heard of is 404. One query finds the edition and its latest version number.
     */
    public Uni<Current> current(Integer summitId) {
        if (!cached) {
            return fromDatabase(summitId);
        }
        return latest.get(summitId == null ? CURRENT : summitId, () -> fromDatabase(summitId));
    }

    /** a publication or an edition change committed (a notification, or this replica's own write) */
    public void changed() {
        latest.invalidateAll();
    }

    NotifiedCache<Integer, Current> memory() {
        return latest;
    }

    private Uni<Current> fromDatabase(Integer summitId) {
        return versions.readNewest(summitId).chain(newest -> {
            if (summitId != null && !newest.known() && newest.summitId() != Editions.FIRST) {
                return Uni.createFrom().failure(ProblemException.notFound("Summit", summitId));
            }
            Current held = cache.get(newest.summitId());
            return cached && held != null && held.version() == newest.version()
                    ? Uni.createFrom().item(held)
                    : load(newest.summitId(), newest.version());
        });
    }

    /** The edition of a session (of any edition's draft), or null when there is no such session. */
    public Uni<Integer> editionOf(UUID sessionId) {
        return sessions.readEdition(sessionId);
    }

    private Uni<Current> load(int summitId, int version) {
        if (version == 0) {
            return Uni.createFrom().item(keep(build(summitId, 0, null, days.fallbackZone(), List.of(), List.of())));
        }
        return versions.readSnapshot(summitId, version)
                .map(v -> keep(build(
                        summitId,
                        version,
                        v.publishedAt,
                        ZoneId.of(v.timezone),
                        snapshots.sessions(version, v.sessions),
                        snapshots.sessions(version, v.cancelled))));
    }

    private Current keep(Current loaded) {
        cache.merge(loaded.summitId(), loaded, (held, next) -> next.version() >= held.version() ? next : held);
        return loaded;
    }

    private Current build(
            int summitId,
            int version,
            OffsetDateTime publishedAt,
            ZoneId zone,
            List<PublishedSession> sessions,
            List<PublishedSession> cancelled) {
        Map<UUID, PublishedSession> cancelledById = new LinkedHashMap<>();
        cancelled.forEach(s -> cancelledById.put(s.id(), s));
        return new Current(
                summitId,
                version,
                publishedAt,
                zone,
                sessions,
                sessions.stream().collect(Collectors.toMap(PublishedSession::id, Function.identity())),
                cancelledById,
                once(() -> snapshots.bytes(new AgendaView(version, publishedAt, sessions))),
                once(() -> calendar.write(
                        "OSPO Summit", zone, publishedAt != null ? publishedAt : clock.now(), sessions, cancelled)));
    }
}
