package org.ospo.summit.attendee.model;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.Converter;
import java.util.List;
import org.ospo.summit.platform.db.JsonConverter;

/** A list of short texts (what one offers, what one seeks) as a JSON array. */
@Converter
public class PhrasesConverter extends JsonConverter<List<String>> {
    public PhrasesConverter() {
        super(new TypeReference<>() {});
    }
}
