package org.ospo.summit.platform.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Request bodies in tests: written once as JSON text, then changed field by field. A text replacement can hit another
 * place than meant, or nothing at all, without a word; these fail instead.
 */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {}

    /** The JSON object {@code json} with fields set (added or replaced): name, value, name, value, … */
    public static String with(String json, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs");
        }
        ObjectNode object = object(json);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            object.set((String) namesAndValues[i], MAPPER.valueToTree(namesAndValues[i + 1]));
        }
        return write(object);
    }

    /** The JSON object {@code json} without these fields, each of which it has. */
    public static String without(String json, String... names) {
        ObjectNode object = object(json);
        for (String name : names) {
            if (object.remove(name) == null) {
                throw new IllegalArgumentException("no field " + name + " in " + json);
            }
        }
        return write(object);
    }

    private static ObjectNode object(String json) {
        try {
            if (MAPPER.readTree(json) instanceof ObjectNode object) {
                return object;
            }
            throw new IllegalArgumentException("not a JSON object: " + json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + json, e);
        }
    }

    private static String write(ObjectNode object) {
        try {
            return MAPPER.writeValueAsString(object);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
