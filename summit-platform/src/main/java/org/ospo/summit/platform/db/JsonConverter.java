package org.ospo.summit.platform.db;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.persistence.AttributeConverter;
import org.ospo.summit.platform.json.JsonCodec;

/**
 * A JSON text column as the typed value it holds (a list of speakers, a preparation dossier): the entity carries the
 * value, the column the JSON, and no service reads or writes the text itself. A subclass names the type:
 * {@code class SpeakersConverter extends JsonConverter<List<Speaker>> { SpeakersConverter() { super(new
 * TypeReference<>() {}); } }}. Null stays null; fields a later version added are ignored when read back; a time keeps
 * its offset.
 */
public abstract class JsonConverter<T> implements AttributeConverter<T, String> {
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // a time is kept as written, with its offset
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);

    private final TypeReference<T> type;

    protected JsonConverter(TypeReference<T> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(T value) {
        return value == null ? null : JsonCodec.write(JSON, value);
    }

    @Override
    public T convertToEntityAttribute(String column) {
        return column == null ? null : JsonCodec.read(JSON.readerFor(type), column, "a stored " + type.getType());
    }
}
