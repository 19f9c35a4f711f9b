package org.ospo.summit.agenda.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ospo.summit.agenda.model.SessionKind;

/** The one rule of overlap (registrations, recommendations), as a table: [start, end) against 10:00–11:00. */
class OverlapTest {
    private static final String DAY = "2027-03-20T";

    @ParameterizedTest(name = "{0}–{1}: {2}")
    @CsvSource({
        "09:00, 10:00, false", // ends as the other starts: back to back
        "11:00, 12:00, false", // starts as the other ends
        "09:30, 10:30, true",
        "10:30, 11:30, true",
        "10:15, 10:45, true", // inside
        "09:00, 12:00, true", // around
        "10:00, 11:00, true", // the same slot
        "08:00, 09:00, false"
    })
    void twoSessionsOverlapWhenTheyShareAMoment(String start, String end, boolean overlap) {
        PublishedSession ten = session("10:00", "11:00");
        PublishedSession other = session(start, end);
        assertEquals(overlap, ten.overlaps(other));
        assertEquals(overlap, other.overlaps(ten), "the rule is symmetric");
    }

    private static PublishedSession session(String start, String end) {
        return new PublishedSession(
                UUID.randomUUID(),
                "S",
                null,
                SessionKind.PRACTICE,
                List.of(),
                List.of(),
                new PublishedSession.Room(UUID.randomUUID(), "Hall A"),
                OffsetDateTime.parse(DAY + start + ":00+08:00"),
                OffsetDateTime.parse(DAY + end + ":00+08:00"),
                10,
                0);
    }
}
