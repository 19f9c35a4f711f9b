package org.ospo.summit.platform.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

/**
 * JSON this service writes and reads back itself (JSON columns, published snapshots, outbox payloads, kept answers),
 * with Jackson's checked exceptions in one place. Writing a value the service made fails only through a bug, and
 * reading what it wrote only on corrupt data: either is an {@link IllegalStateException} naming what it was. A
 * client's request body is not read here: the REST layer answers a malformed one with a 400 problem.
 */
public final class JsonCodec {
    private JsonCodec() {}

    public static String write(ObjectMapper json, Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    public static byte[] bytes(ObjectMapper json, Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** {@code text} as the reader's type; {@code what} names it in the error ("agenda version 3", …). */
    public static <T> T read(ObjectReader reader, String text, String what) {
        try {
            return reader.readValue(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(what + " is unreadable", e);
        }
    }
}
