package org.ospo.summit.agenda.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.ospo.summit.agenda.config.AgendaSettings;
import org.ospo.summit.agenda.model.EditionDays;
import org.ospo.summit.agenda.repository.EditionDaysRepository;
import org.ospo.summit.contracts.events.Editions;
import org.ospo.summit.contracts.events.SummitUpdated;

/**
 * Each edition's days and time zone, as invitation-service last announced them (summit.updated). Until an edition's
 * first announcement its days are unknown (sessions are not checked against them) and the configured zone is used.
 */
@ApplicationScoped
public class SummitDays {
    private final ZoneId fallbackZone;
    private final EditionDaysRepository days;

    public SummitDays(AgendaSettings settings, EditionDaysRepository days) {
        this.fallbackZone = settings.defaultTimezone();
        this.days = days;
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
            return !known()
                    || (!start.atZoneSameInstant(zone).toLocalDate().isBefore(firstDay)
                            && end.isAfter(start)
                            && !end.atZoneSameInstant(zone)
                                    .minusNanos(1)
                                    .toLocalDate()
                                    .isAfter(lastDay));
        }

        public String describe() {
            return (firstDay.equals(lastDay) ? firstDay.toString() : firstDay + " – " + lastDay) + " (" + zone.getId()
                    + ")";
        }
    }

    /** An edition's days, within the caller's session or transaction. */
    public Uni<Window> of(int summitId) {
        return days.findById(summitId).map(this::window);
    }

    /** Keeps each edition's newest announcement; an older one arriving late changes nothing. */
    public Uni<Void> update(SummitUpdated summit) {
        return days.keepNewest(
                Editions.of(summit.summitId()),
                summit.startsAt(),
                summit.endsAt(),
                zone(summit.timezone()).getId(),
                summit.updatedAt());
    }

    /** the first and last day, read in the edition's own zone */
    private Window window(EditionDays row) {
        if (row == null) {
            return new Window(null, null, fallbackZone);
        }
        ZoneId zone = zone(row.timezone);
        return new Window(
                row.startsAt.atZoneSameInstant(zone).toLocalDate(),
                row.endsAt.atZoneSameInstant(zone).toLocalDate(),
                zone);
    }

    private ZoneId zone(String id) {
        try {
            return id == null || id.isBlank() ? fallbackZone : ZoneId.of(id.trim());
        } catch (DateTimeException e) {
            return fallbackZone;
        }
    }
}
