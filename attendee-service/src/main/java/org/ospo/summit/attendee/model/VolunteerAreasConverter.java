package org.ospo.summit.attendee.model;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.Converter;
import java.util.List;
import org.ospo.summit.contracts.events.VolunteerArea;
import org.ospo.summit.platform.db.JsonConverter;

/** Where an attendee offers to help, as a JSON array. */
@Converter
public class VolunteerAreasConverter extends JsonConverter<List<VolunteerArea>> {
    public VolunteerAreasConverter() {
        super(new TypeReference<>() {});
    }
}
