package org.ospo.summit.invitation.model;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;
import org.ospo.summit.contracts.events.Criterion;

/** Stores the selection criteria as a comma-separated list of enum names. */
@Converter
public class CriteriaConverter implements AttributeConverter<List<Criterion>, String> {
    @Override
    public String convertToDatabaseColumn(List<Criterion> criteria) {
        return criteria == null
                ? ""
                : String.join(",", criteria.stream().map(Enum::name).toList());
    }

    @Override
    public List<Criterion> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        return Arrays.stream(column.split(",")).map(Criterion::valueOf).toList();
    }
}
