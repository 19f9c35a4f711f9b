package org.ospo.summit.agenda.model;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.Converter;
import java.util.List;
import org.ospo.summit.agenda.api.SessionRequest;
import org.ospo.summit.platform.db.JsonConverter;

/** A draft session's speakers, stored as a JSON array. */
@Converter
public class SpeakersConverter extends JsonConverter<List<SessionRequest.Speaker>> {
    public SpeakersConverter() {
        super(new TypeReference<>() {});
    }
}
