package org.ospo.summit.agenda.service;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ospo.summit.contracts.events.Editions;
import org.ospo.summit.contracts.events.SummitUpdated;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Each edition's days and time zone, as invitation-service last announced them (summit.updated). Until an edition's
 * first announcement its days are unknown (sessions are not checked against them) and the configured zone is used.
 */
@ApplicationScoped
public class SummitDays {
    private static final String UPSERT = "insert into summit_days (id, starts_at, ends_at, timezone, updated_at) "
            + "values (:id, :starts, :ends, :zone, :updated) on conflict (id) do update set starts_at = :starts, "
            + "ends_at = :ends, timezone = :zone, updated_at = :updated where summit_days.updated_at <= :updated";

    /** the first and last day, read in the summit's own zone by PostgreSQL */
    private static final String WINDOW = "select to_char(starts_at at time zone timezone, 'YYYY-MM-DD'), "
            + "to_char(ends_at at time zone timezone, 'YYYY-MM-DD'), timezone from summit_days where id = :id";

    private final ZoneId fallbackZone;

    public SummitDays(@ConfigProperty(name = "summit.agenda.default-timezone", defaultValue = "Asia/Shanghai") ZoneId zone) {
        this.fallbackZone = zone;
    }

    public ZoneId fallbackZone() {
        return fallbackZone;
    }

    /** The summit's calendar days in its zone; {@code firstDay} and {@code lastDay} are null while unknown. */
    public record Window(LocalDate firstDay, LocalDate lastDay, ZoneId zone) {
        public boolean known() {
            return firstDay != null;
        }

        /** Whether [start, end) lies within the summit's days, read in the summit's zone. */
        public boolean contains(OffsetDateTime start, OffsetDateTime end) {
            return !known() || (!start.atZoneSameInstant(zone).toLocalDate().isBefore(firstDay)
                    && end.isAfter(start) && !end.atZoneSameInstant(zone).minusNanos(1).toLocalDate().isAfter(lastDay));
        }

        public String describe() {
            return (firstDay.equals(lastDay) ? firstDay.toString() : firstDay + " – " + lastDay) + " (" + zone.getId() + ")";
        }
    }

    /** An edition's days, within the caller's session or transaction. */
    public Uni<Window> of(int summitId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(WINDOW, Object[].class).setParameter("id", summitId)
                .getResultList()).map(this::window);
    }

    /** Keeps each edition's newest announcement; an older one arriving late changes nothing. */
    public Uni<Void> update(SummitUpdated summit) {
        ZoneId zone = zone(summit.timezone());
        return Panache.getSession().chain(s -> s.createNativeQuery(UPSERT)
                .setParameter("id", Editions.of(summit.summitId())).setParameter("starts", summit.startsAt())
                .setParameter("ends", summit.endsAt()).setParameter("zone", zone.getId())
                .setParameter("updated", summit.updatedAt()).executeUpdate()).replaceWithVoid();
    }

    private Window window(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return new Window(null, null, fallbackZone);
        }
        Object[] row = rows.get(0);
        return new Window(LocalDate.parse((String) row[0]), LocalDate.parse((String) row[1]), zone((String) row[2]));
    }

    private ZoneId zone(String id) {
        try {
            return id == null || id.isBlank() ? fallbackZone : ZoneId.of(id.trim());
        } catch (DateTimeException e) {
            return fallbackZone;
        }
    }
}
