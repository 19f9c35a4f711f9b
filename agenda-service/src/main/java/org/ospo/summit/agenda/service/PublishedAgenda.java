package org.ospo.summit.agenda.service;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ospo.summit.agenda.api.AgendaView;
import org.ospo.summit.agenda.api.PublishedSession;
import org.ospo.summit.agenda.mapping.AgendaCalendar;
import org.ospo.summit.platform.time.SummitClock;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The latest published version, held in memory with its JSON and iCalendar written once. Versions are immutable,
 * so a request only asks the database which version is the latest (one indexed lookup) and reloads when another
 * publication — on any replica — made a newer one. That keeps every replica exact without a cache protocol.
 */
@ApplicationScoped
public class PublishedAgenda {
    private final Pool pool;
    private final Snapshots snapshots;
    private final SummitDays days;
    private final AgendaCalendar calendar;
    private final boolean cached;
    private final AtomicReference<Current> cache = new AtomicReference<>();
    private final SummitClock clock;

    /** {@code summit.agenda.read-cache=false} reads and renders the version on every request (the benchmark's baseline). */
    public PublishedAgenda(Pool pool, Snapshots snapshots, SummitDays days, AgendaCalendar calendar,
            @ConfigProperty(name = "summit.agenda.read-cache", defaultValue = "true") boolean cached,
            SummitClock clock) {
        this.pool = pool;
        this.snapshots = snapshots;
        this.days = days;
        this.calendar = calendar;
        this.cached = cached;
        this.clock = clock;
    }

    /**
     * One published version, ready to serve: sessions by id, cancelled ones, and the full JSON and the .ics text,
     * each written the first time it is asked for.
     */
    public record Current(int version, OffsetDateTime publishedAt, ZoneId zone, List<PublishedSession> sessions,
            Map<UUID, PublishedSession> byId, Map<UUID, PublishedSession> cancelled, Supplier<byte[]> jsonWriter,
            Supplier<String> icsWriter) {

        public byte[] json() {
            return jsonWriter.get();
        }

        public String ics() {
            return icsWriter.get();
        }

        public String etag(String variant) {
            return "\"" + variant + "-v" + version + "\"";
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

    public Uni<Current> current() {
        return pool.query("select coalesce(max(version), 0) from agenda_version").execute()
                .chain(rows -> {
                    int latest = rows.iterator().next().getInteger(0);
                    Current held = cache.get();
                    return cached && held != null && held.version() == latest ? Uni.createFrom().item(held) : load(latest);
                });
    }

    private Uni<Current> load(int version) {
        if (version == 0) {
            return Uni.createFrom().item(keep(build(0, null, days.fallbackZone(), List.of(), List.of())));
        }
        return pool.preparedQuery("select published_at, timezone, sessions, cancelled from agenda_version where version = $1")
                .execute(Tuple.of(version)).map(rows -> {
                    Row row = rows.iterator().next();
                    return keep(build(version, row.getOffsetDateTime("published_at"), ZoneId.of(row.getString("timezone")),
                            snapshots.sessions(version, row.getString("sessions")),
                            snapshots.sessions(version, row.getString("cancelled"))));
                });
    }

    private Current keep(Current loaded) {
        cache.accumulateAndGet(loaded, (held, next) -> held == null || next.version() >= held.version() ? next : held);
        return loaded;
    }

    private Current build(int version, OffsetDateTime publishedAt, ZoneId zone, List<PublishedSession> sessions,
            List<PublishedSession> cancelled) {
        Map<UUID, PublishedSession> cancelledById = new LinkedHashMap<>();
        cancelled.forEach(s -> cancelledById.put(s.id(), s));
        return new Current(version, publishedAt, zone, sessions,
                sessions.stream().collect(Collectors.toMap(PublishedSession::id, Function.identity())), cancelledById,
                once(() -> snapshots.bytes(new AgendaView(version, publishedAt, sessions))),
                once(() -> calendar.write("OSPO Summit", zone, publishedAt != null ? publishedAt : clock.now(),
                        sessions, cancelled)));
    }
}
