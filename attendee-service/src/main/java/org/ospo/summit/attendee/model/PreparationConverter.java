package org.ospo.summit.attendee.model;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.Converter;
import org.ospo.summit.attendee.api.Preparation;
import org.ospo.summit.platform.db.JsonConverter;

/** The preparation dossier, stored whole as JSON (the derived figures have columns of their own). */
@Converter
public class PreparationConverter extends JsonConverter<Preparation> {
    public PreparationConverter() {
        super(new TypeReference<>() {});
    }
}
