package org.ospo.summit.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One format for every date-time the API writes: three fraction digits, the summit's offset, never Z. */
class DateTimesTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @ParameterizedTest
    @CsvSource({
        // stored in UTC (bookkeeping): shown in the summit zone
        "2027-02-01T01:02:03Z, 2027-02-01T09:02:03.000+08:00",
        "2027-02-01T01:02:03.123456789Z, 2027-02-01T09:02:03.123+08:00",
        "2027-02-01T20:00:00.5Z, 2027-02-02T04:00:00.500+08:00",
        // already in an edition's zone (its days, sessions): kept
        "2027-03-20T09:00:00+08:00, 2027-03-20T09:00:00.000+08:00",
        "2027-06-01T10:00:00.1+02:00, 2027-06-01T10:00:00.100+02:00"
    })
    void writes(String value, String written) {
        assertEquals(written, DateTimes.format(OffsetDateTime.parse(value), SHANGHAI));
    }

    @ParameterizedTest
    @CsvSource({"2027-01-15T12:00:00Z, Europe/London, 2027-01-15T12:00:00.000+00:00"})
    void aZoneAtUtcIsWrittenAsAnOffsetNotZ(String value, String zone, String written) {
        assertEquals(written, DateTimes.format(OffsetDateTime.parse(value), ZoneId.of(zone)));
    }

    @org.junit.jupiter.api.Test
    void nullStaysNull() {
        assertNull(DateTimes.format(null, SHANGHAI));
    }
}
