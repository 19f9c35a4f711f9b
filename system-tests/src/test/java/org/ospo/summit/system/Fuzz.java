package org.ospo.summit.system;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * What a hostile or broken client sends: malformed bodies, wrong types, NUL and control characters, megabyte strings,
 * deep nesting, bytes that are not UTF-8, unknown enum values, and path parameters that are not ids at all.
 */
final class Fuzz {
    record Case(String name, String contentType, byte[] body) {}

    private Fuzz() {}

    /** values for a path parameter, already percent-encoded where they need it */
    static List<String> pathValues() {
        return List.of(
                "not-a-uuid",
                "00000000-0000-0000-0000-00000000000g",
                "%00",
                "a%00b",
                "%1F",
                "x".repeat(3000),
                "..%2F..%2Fetc%2Fpasswd",
                "%C3%28",
                "%27%20OR%201%3D1%20--",
                "%F0%9F%98%80",
                "-1",
                "99999999999999999999",
                "%25",
                "%3Bx%3D1");
    }

    static List<Case> bodies(String contentType, JsonNode schema, UnaryOperator<JsonNode> resolve) {
        List<Case> cases = new ArrayList<>();
        if (!contentType.contains("json")) {
            cases.add(new Case("NUL in " + contentType, contentType, "a\u0000b\n".getBytes(StandardCharsets.UTF_8)));
            cases.add(new Case(
                    "invalid UTF-8 in " + contentType, contentType, new byte[] {'a', (byte) 0xC3, 0x28, '\n'}));
            cases.add(new Case(
                    "1 MB of " + contentType, contentType, "y".repeat(1_100_000).getBytes(StandardCharsets.UTF_8)));
            cases.add(new Case("empty " + contentType, contentType, new byte[0]));
            return cases;
        }
        json(cases, "malformed JSON", "{\"a\": ");
        json(cases, "an empty body", "");
        json(cases, "a JSON array", "[1, 2]");
        json(cases, "JSON null", "null");
        json(cases, "a JSON string", "\"text\"");
        json(cases, "a JSON number", "42");
        json(cases, "deep nesting", "[".repeat(50_000) + "]".repeat(50_000));
        json(cases, "deep object nesting", "{\"a\":".repeat(20_000) + "1" + "}".repeat(20_000));
        json(cases, "1 MB string", "{\"x\": \"" + "y".repeat(1_100_000) + "\"}");
        cases.add(new Case("invalid UTF-8", "application/json", new byte[] {
            '{', '"', 'x', '"', ':', '"', (byte) 0xC3, 0x28, '"', '}'
        }));
        cases.add(new Case("JSON in another content type", "text/plain", "{}".getBytes(StandardCharsets.UTF_8)));
        JsonNode properties = schema.path("properties");
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            String name = property.getKey();
            JsonNode type = resolve.apply(property.getValue());
            json(cases, name + " of the wrong type", "{\"" + name + "\": " + wrongTypeFor(type) + "}");
            json(cases, name + " with NUL", "{\"" + name + "\": \"a\\u0000b\"}");
            json(cases, name + " with a control character", "{\"" + name + "\": \"a\\u001bb\"}");
            json(cases, name + " of 900 kB", "{\"" + name + "\": \"" + "z".repeat(900_000) + "\"}");
            if (type.has("enum") || type.path("items").has("enum")) {
                json(
                        cases,
                        name + " with an unknown value",
                        "{\"" + name + "\": " + (type.has("enum") ? "\"NOT_A_VALUE\"" : "[\"NOT_A_VALUE\"]") + "}");
            }
            json(cases, name + " as a malformed id", "{\"" + name + "\": \"not-a-uuid\"}");
        }
        return cases;
    }

    private static String wrongTypeFor(JsonNode schema) {
        String type = schema.path("type").asText("");
        return switch (type) {
            case "string" -> "12345";
            case "integer", "number" -> "\"many\"";
            case "boolean" -> "\"yes\"";
            case "array" -> "{\"not\": \"a list\"}";
            default -> "[1, [2, [3]]]";
        };
    }

    private static void json(List<Case> cases, String name, String body) {
        cases.add(new Case(name, "application/json", body.getBytes(StandardCharsets.UTF_8)));
    }
}
