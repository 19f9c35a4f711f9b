package org.ospo.summit.platform.db;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;
import org.ospo.summit.contracts.events.Topic;

/**
 * Topics as a column holds them: enum names, comma-separated, in the order given. A name this version does not know
 * (a row written by a newer one) is left out when read.
 */
@Converter
public class TopicsConverter implements AttributeConverter<List<Topic>, String> {
    @Override
    public String convertToDatabaseColumn(List<Topic> topics) {
        return topics == null
                ? ""
                : String.join(",", topics.stream().distinct().map(Enum::name).toList());
    }

    @Override
    public List<Topic> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        return Arrays.stream(column.split(","))
                .map(String::trim)
                .filter(Topic::known)
                .map(Topic::valueOf)
                .toList();
    }
}
