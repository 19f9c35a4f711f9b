package org.ospo.summit.invitation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ospo.summit.invitation.service.SeedSchedule;

/** The dates a summit nobody configured moves to: ten weeks after the summit zone's today, deadline two weeks before. */
class SeedScheduleTest {
    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
        // now (UTC),            zone,            starts,                      ends,                        deadline
        "2027-03-07T00:00:00Z, Asia/Shanghai,    2027-05-16T09:00+08:00, 2027-05-16T18:00+08:00, 2027-05-02T23:59+08:00",
        // 20:00 UTC is already the next day in Shanghai
        "2027-03-06T20:00:00Z, Asia/Shanghai,    2027-05-16T09:00+08:00, 2027-05-16T18:00+08:00, 2027-05-02T23:59+08:00",
        "2027-03-06T15:59:59Z, Asia/Shanghai,    2027-05-15T09:00+08:00, 2027-05-15T18:00+08:00, 2027-05-01T23:59+08:00",
        // across a daylight-saving change the wall-clock times hold, the offsets follow the zone
        "2027-02-01T12:00:00Z, Europe/Berlin,    2027-04-12T09:00+02:00, 2027-04-12T18:00+02:00, 2027-03-29T23:59+02:00",
        "2027-12-31T23:30:00Z, UTC,              2028-03-10T09:00Z,      2028-03-10T18:00Z,      2028-02-25T23:59Z"
    })
    void movesTenWeeksAheadOfTheSummitsToday(String now, String zone, String startsAt, String endsAt, String deadline) {
        SeedSchedule next = SeedSchedule.after(OffsetDateTime.parse(now), ZoneId.of(zone));
        assertEquals(OffsetDateTime.parse(startsAt), next.startsAt());
        assertEquals(OffsetDateTime.parse(endsAt), next.endsAt());
        assertEquals(OffsetDateTime.parse(deadline), next.rsvpDeadline());
    }
}
