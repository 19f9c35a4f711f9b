package org.ospo.summit.invitation.service;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The dates of a summit nobody has configured yet (the install's seed), as a pure rule: the summit day ten weeks
 * after today in the summit's time zone, 09:00–18:00, and the RSVP deadline two weeks before it at 23:59. Today is
 * the clock's: the seed is moved to these dates once its deadline has passed, so it always lies ahead.
 */
public record SeedSchedule(OffsetDateTime startsAt, OffsetDateTime endsAt, OffsetDateTime rsvpDeadline) {
    static final int WEEKS_AHEAD = 10;
    static final int DEADLINE_WEEKS_BEFORE = 2;

    public static SeedSchedule after(OffsetDateTime now, ZoneId zone) {
        LocalDate day = now.atZoneSameInstant(zone).toLocalDate().plusWeeks(WEEKS_AHEAD);
        return new SeedSchedule(
                day.atTime(LocalTime.of(9, 0)).atZone(zone).toOffsetDateTime(),
                day.atTime(LocalTime.of(18, 0)).atZone(zone).toOffsetDateTime(),
                day.minusWeeks(DEADLINE_WEEKS_BEFORE)
                        .atTime(LocalTime.of(23, 59))
                        .atZone(zone)
                        .toOffsetDateTime());
    }
}
