package org.ospo.summit.platform.time;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * How the API writes a date-time: RFC 3339 with exactly three fraction digits and the offset of the summit's zone,
 * {@code 2027-03-20T09:30:00.000+08:00}. A value kept in UTC (what the entities store: created, sent, registered
 * at) is shown in the deployment's summit zone ({@code summit.zone}); a value a mapper already put into an
 * edition's own zone (its days, sessions, deadline) keeps that offset. Clients parse one format and never see
 * {@code Z} beside {@code +08:00} or a varying number of digits.
 */
public final class DateTimes {
    public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSxxx");

    private DateTimes() {}

    /** the API's text for {@code value} (null stays null) */
    public static String format(OffsetDateTime value, ZoneId summitZone) {
        if (value == null) {
            return null;
        }
        OffsetDateTime shown = value.getOffset().equals(ZoneOffset.UTC)
                ? value.atZoneSameInstant(summitZone).toOffsetDateTime()
                : value;
        return FORMAT.format(shown);
    }

    /** the Jackson serializer of the API's ObjectMapper */
    public static final class Serializer extends StdSerializer<OffsetDateTime> {
        private final ZoneId zone;

        public Serializer(ZoneId zone) {
            super(OffsetDateTime.class);
            this.zone = zone;
        }

        @Override
        public void serialize(OffsetDateTime value, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            generator.writeString(format(value, zone));
        }
    }
}
