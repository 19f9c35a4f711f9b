package org.ospo.summit.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * An OpenAPI 3.1 document as a judge of real exchanges: finds the operation a request reaches, says whether the
 * request is one the document allows (parameters, body) and whether the answer is one it documents (status, media
 * type, required headers, body against the schema — JSON Schema 2020-12 with formats asserted, by
 * networknt's json-schema-validator).
 */
public final class OpenApiDocument {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE = "https://summit.invalid/openapi.json";

    private final JsonNode doc;
    private final SchemaRegistry registry;
    private final List<Template> templates = new ArrayList<>();
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    /** one operation: its path template, method and the JSON pointer to it */
    public record Op(String template, String method, JsonNode node, String pointer) {}

    private record Template(String path, Pattern pattern, int literals) {}

    public OpenApiDocument(String json) {
        try {
            this.doc = JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("not an OpenAPI document: " + e.getMessage(), e);
        }
        this.registry = SchemaRegistry.withDialect(
                Dialects.getOpenApi31(),
                builder -> builder.schemas(Map.of(BASE, json))
                        .schemaRegistryConfig(SchemaRegistryConfig.builder()
                                .formatAssertionsEnabled(true)
                                .build()));
        doc.path("paths").fieldNames().forEachRemaining(path -> {
            String regex = Pattern.quote(path).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q");
            templates.add(new Template(
                    path,
                    Pattern.compile(regex),
                    path.replaceAll("\\{[^}/]+}", "").length()));
        });
        templates.sort(Comparator.comparingInt(Template::literals).reversed());
    }

    public JsonNode json() {
        return doc;
    }

    /** the documented operation {@code method path} reaches, if any (HEAD and OPTIONS are the server's own) */
    public Optional<Op> find(String method, String path) {
        String m = method.toLowerCase(Locale.ROOT);
        for (Template t : templates) {
            if (t.pattern().matcher(path).matches()
                    && doc.path("paths").path(t.path()).has(m)) {
                return Optional.of(new Op(
                        t.path(), m, doc.path("paths").path(t.path()).path(m), "/paths/" + escape(t.path()) + "/" + m));
            }
        }
        return Optional.empty();
    }

    /**
     * Why the document would refuse this request (empty when it allows it): a required parameter missing, a
     * parameter or JSON body that does not match its schema, a body the operation does not take.
     */
    public List<String> refusals(Op op, URI uri, Map<String, String> headers, String contentType, String body) {
        List<String> refusals = new ArrayList<>();
        Map<String, List<String>> query = query(uri.getRawQuery());
        Map<String, String> pathValues = pathValues(op.template(), uri.getRawPath());
        JsonNode parameters = op.node().path("parameters");
        for (int i = 0; i < parameters.size(); i++) {
            JsonNode p = parameters.get(i);
            String name = p.path("name").asText();
            String in = p.path("in").asText();
            String value = switch (in) {
                case "query" -> query.containsKey(name) ? query.get(name).get(0) : null;
                case "path" -> pathValues.get(name);
                case "header" -> header(headers, name);
                default -> null;
            };
            if (value == null) {
                if (p.path("required").asBoolean(false)) {
                    refusals.add(in + " parameter " + name + " is required");
                }
                continue;
            }
            String pointer = op.pointer() + "/parameters/" + i + "/schema";
            JsonNode typed = typed(p.path("schema"), value);
            schema(pointer)
                    .validate(typed)
                    .forEach(e -> refusals.add(in + " parameter " + name + "=" + value + ": " + message(e)));
        }
        JsonNode requestBody = op.node().path("requestBody");
        boolean hasBody = body != null && !body.isEmpty();
        if (!hasBody) {
            if (requestBody.path("required").asBoolean(false)) {
                refusals.add("a request body is required");
            }
            return refusals;
        }
        if (requestBody.isMissingNode()) {
            return refusals; // a body the operation ignores
        }
        String media = mediaType(contentType);
        Optional<String> documented = documentedMedia(requestBody.path("content"), media);
        if (documented.isEmpty()) {
            refusals.add("request body of type " + media + " is not one of " + names(requestBody.path("content")));
            return refusals;
        }
        if (isJson(media)) {
            JsonNode parsed = parse(body);
            if (parsed == null) {
                refusals.add("request body is not JSON");
            } else {
                String pointer = op.pointer() + "/requestBody/content/" + escape(documented.get()) + "/schema";
                if (requestBody.path("content").path(documented.get()).has("schema")) {
                    schema(pointer).validate(parsed).forEach(e -> refusals.add("request body: " + message(e)));
                }
            }
        }
        return refusals;
    }

    /**
     * Where the answer departs from the document (empty when it is documented and matches). A {@code default}
     * response stands for errors only: every success status must be documented as itself.
     */
    public List<String> departures(Op op, int status, Map<String, String> headers, String contentType, String body) {
        List<String> departures = new ArrayList<>();
        JsonNode responses = op.node().path("responses");
        String key = responses.has(Integer.toString(status))
                ? Integer.toString(status)
                : responses.has(status / 100 + "XX")
                        ? status / 100 + "XX"
                        : status >= 400 && responses.has("default") ? "default" : null;
        if (key == null) {
            departures.add("status " + status + " is not documented (documented: " + names(responses) + ")");
            return departures;
        }
        JsonNode response = responses.path(key);
        response.path("headers").fields().forEachRemaining(h -> {
            if (h.getValue().path("required").asBoolean(false) && header(headers, h.getKey()) == null) {
                departures.add("required response header " + h.getKey() + " is missing");
            }
        });
        boolean hasBody = body != null && !body.isEmpty() && status != 204 && status != 304;
        JsonNode content = response.path("content");
        if (!hasBody) {
            return departures;
        }
        String media = mediaType(contentType);
        Optional<String> documented = documentedMedia(content, media);
        if (documented.isEmpty()) {
            departures.add(
                    "a " + media + " body is not documented for " + status + " (documented: " + names(content) + ")");
            return departures;
        }
        if (isJson(media) && content.path(documented.get()).has("schema")) {
            JsonNode parsed = parse(body);
            if (parsed == null) {
                departures.add("the " + media + " body is not JSON");
            } else {
                String pointer =
                        op.pointer() + "/responses/" + key + "/content/" + escape(documented.get()) + "/schema";
                schema(pointer).validate(parsed).forEach(e -> departures.add(status + " body: " + message(e)));
            }
        }
        return departures;
    }

    /** the validator's message with where in the instance it applies ({@code $.events[0].detail: null found…}) */
    private static String message(com.networknt.schema.Error error) {
        String where = error.getInstanceLocation() == null
                ? ""
                : error.getInstanceLocation().toString();
        String text = error.getMessage();
        return where.isEmpty() || text.startsWith(where) ? text : where + ": " + text;
    }

    private Schema schema(String pointer) {
        return schemas.computeIfAbsent(pointer, p -> registry.getSchema(SchemaLocation.of(BASE + "#" + p)));
    }

    /** a parameter's text as the JSON value its schema expects (an unparseable number stays text and fails) */
    private static JsonNode typed(JsonNode schema, String value) {
        JsonNode type = schema.path("type");
        String t = type.isArray() && type.size() > 0 ? type.get(0).asText() : type.asText("string");
        try {
            return switch (t) {
                case "integer" -> JsonNodeFactory.instance.numberNode(Long.parseLong(value));
                case "number" -> JsonNodeFactory.instance.numberNode(new java.math.BigDecimal(value));
                case "boolean" ->
                    value.equals("true") || value.equals("false")
                            ? JsonNodeFactory.instance.booleanNode(Boolean.parseBoolean(value))
                            : JsonNodeFactory.instance.textNode(value);
                default -> JsonNodeFactory.instance.textNode(value);
            };
        } catch (NumberFormatException e) {
            return JsonNodeFactory.instance.textNode(value);
        }
    }

    private static Optional<String> documentedMedia(JsonNode content, String media) {
        if (content.has(media)) {
            return Optional.of(media);
        }
        List<String> names = new ArrayList<>();
        content.fieldNames().forEachRemaining(names::add);
        return names.stream()
                .filter(n -> n.equals("*/*") || (n.endsWith("/*") && media.startsWith(n.substring(0, n.length() - 1))))
                .findFirst();
    }

    private static Map<String, String> pathValues(String template, String rawPath) {
        Map<String, String> values = new java.util.HashMap<>();
        String[] names = template.split("/");
        String[] parts = rawPath.split("/");
        for (int i = 0; i < names.length && i < parts.length; i++) {
            if (names[i].startsWith("{") && names[i].endsWith("}")) {
                values.put(
                        names[i].substring(1, names[i].length() - 1),
                        URLDecoder.decode(parts[i], StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private static Map<String, List<String>> query(String raw) {
        Map<String, List<String>> query = new java.util.HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            query.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return query;
    }

    private static String header(Map<String, String> headers, String name) {
        return headers.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }

    static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return "application/octet-stream";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
                .trim()
                .toLowerCase(Locale.ROOT);
    }

    private static boolean isJson(String media) {
        return media.equals("application/json") || media.endsWith("+json");
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    public static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
