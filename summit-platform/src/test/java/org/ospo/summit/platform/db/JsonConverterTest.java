package org.ospo.summit.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A JSON column read back as what was written, across versions of its type; plain JUnit. */
class JsonConverterTest {
    record Speaker(String name, String company, OffsetDateTime since) {}

    static class SpeakersConverter extends JsonConverter<List<Speaker>> {
        SpeakersConverter() {
            super(new TypeReference<>() {});
        }
    }

    private final SpeakersConverter converter = new SpeakersConverter();

    @Test
    void whatIsWrittenIsReadBack() {
        List<Speaker> speakers = List.of(
                new Speaker("韩梅梅", "Example Tech", OffsetDateTime.parse("2027-03-20T10:00:00+08:00")),
                new Speaker("Li Lei", null, null));

        assertEquals(speakers, converter.convertToEntityAttribute(converter.convertToDatabaseColumn(speakers)));
    }

    @Test
    void nullStaysNull() {
        assertNull(converter.convertToDatabaseColumn(null));
        assertNull(converter.convertToEntityAttribute(null));
    }

    @Test
    void aFieldALaterVersionAddedIsIgnoredAndOneItDroppedIsNull() {
        List<Speaker> read = converter.convertToEntityAttribute("[{\"name\": \"Li Lei\", \"bio\": \"added later\"}]");

        assertEquals(List.of(new Speaker("Li Lei", null, null)), read);
    }

    @Test
    void anUnreadableColumnIsAnErrorNamingItsType() {
        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> converter.convertToEntityAttribute("{\"name\": "));
        assertTrue(e.getMessage().contains("Speaker"), e.getMessage());
    }
}
