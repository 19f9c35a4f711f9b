package org.ospo.summit.gateway.openapi;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ospo.summit.contracts.api.Audience;
import org.ospo.summit.contracts.problem.Problem;

/**
 * Merges the services' OpenAPI documents into one: paths, tags, schemas and security schemes. Paths never clash
 * (each service owns its prefixes); a schema name two services define differently is renamed for the later one
 * ({@code Page} of attendee-service → {@code AttendeePage}) and its references are rewritten.
 */
public final class OpenApiMerger {
    private static final String REF = "\"#/components/schemas/";
    private static final java.util.Set<String> HTTP_METHODS =
            java.util.Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    private OpenApiMerger() {}

    public static JsonObject merge(Map<String, JsonObject> docs, String version) {
        JsonObject paths = new JsonObject();
        JsonObject schemas = new JsonObject();
        JsonObject securitySchemes = new JsonObject();
        Map<String, JsonObject> otherComponents = new LinkedHashMap<>();
        Map<String, JsonObject> tags = new LinkedHashMap<>();
        String openapi = "3.1.0";
        for (Map.Entry<String, JsonObject> entry : docs.entrySet()) {
            JsonObject doc = renameClashes(entry.getKey(), entry.getValue(), schemas);
            openapi = doc.getString("openapi", openapi);
            JsonObject components = doc.getJsonObject("components", new JsonObject());
            doc.getJsonObject("paths", new JsonObject()).forEach(p -> paths.put(p.getKey(), p.getValue()));
            components.getJsonObject("schemas", new JsonObject()).forEach(s -> schemas.put(s.getKey(), s.getValue()));
            components
                    .getJsonObject("securitySchemes", new JsonObject())
                    .forEach(s -> securitySchemes.put(s.getKey(), s.getValue()));
            components.forEach(kind -> {
                if (!kind.getKey().equals("schemas") && !kind.getKey().equals("securitySchemes")) {
                    JsonObject merged = otherComponents.computeIfAbsent(kind.getKey(), k -> new JsonObject());
                    ((JsonObject) kind.getValue()).forEach(c -> {
                        if (merged.containsKey(c.getKey())
                                && !merged.getValue(c.getKey()).equals(c.getValue())) {
                            throw new IllegalStateException("components/" + kind.getKey() + "/" + c.getKey()
                                    + " differs between services: give one of them another name");
                        }
                        merged.put(c.getKey(), c.getValue());
                    });
                }
            });
            doc.getJsonArray("tags", new JsonArray()).forEach(t -> {
                JsonObject tag = (JsonObject) t;
                tags.putIfAbsent(tag.getString("name"), tag);
            });
        }
        paths.forEach(path -> ((JsonObject) path.getValue()).forEach(op -> {
            if (HTTP_METHODS.contains(op.getKey())) {
                gatewayAnswers(path.getKey(), (JsonObject) op.getValue());
            }
        }));
        JsonObject allComponents = new JsonObject().put("schemas", schemas).put("securitySchemes", securitySchemes);
        otherComponents.forEach(allComponents::put);
        return new JsonObject()
                .put("openapi", openapi)
                .put(
                        "info",
                        new JsonObject()
                                .put("title", "OSPO Summit API")
                                .put("version", version)
                                .put(
                                        "license",
                                        new JsonObject()
                                                .put("name", "Apache 2.0")
                                                .put("identifier", "Apache-2.0"))
                                .put("contact", new JsonObject().put("name", "OSPO Summit organizing team"))
                                .put(
                                        "description",
                                        "The whole suite behind one origin: invitations and RSVP "
                                                + "(invitation-service), attendees and their preparation (attendee-service), the "
                                                + "agenda (agenda-service). Sign in with POST /api/auth/login, then Authorize with "
                                                + "the accessToken. Errors are application/problem+json (RFC 9457)."))
                .put(
                        "servers",
                        new JsonArray()
                                .add(new JsonObject()
                                        .put("url", "/")
                                        .put("description", "this gateway (one origin for the whole suite)")))
                .put("tags", audiences(tags.keySet()))
                .put("paths", paths)
                .put("components", allComponents);
    }

    /**
     * What the gateway itself may answer on any operation, besides the service's own answers: 504 when the service
     * is too slow, 503 when none of its instances answers, 429 on the rate-limited sign-in and invitation-link paths,
     * and as {@code default} the errors it answers on any route before a service sees the request (405, 413, 414,
     * 431…).
     */
    private static void gatewayAnswers(String path, JsonObject operation) {
        JsonObject responses = operation.getJsonObject("responses");
        JsonObject problem = new JsonObject()
                .put(
                        Problem.MEDIA_TYPE,
                        new JsonObject().put("schema", new JsonObject().put("$ref", REF.substring(1) + "Problem")));
        JsonObject retryAfter = new JsonObject()
                .put(
                        "Retry-After",
                        new JsonObject()
                                .put("required", true)
                                .put("description", "seconds to wait before retrying")
                                .put(
                                        "schema",
                                        new JsonObject().put("type", "integer").put("minimum", 0)));
        if (!responses.containsKey("504")) {
            responses.put(
                    "504",
                    new JsonObject()
                            .put("description", "The service behind the gateway did not answer " + "in time")
                            .put("content", problem.copy()));
        }
        if (!responses.containsKey("503")) {
            responses.put(
                    "503",
                    new JsonObject()
                            .put("description", "The service behind the gateway is unavailable")
                            .put("headers", retryAfter.copy())
                            .put("content", problem.copy()));
        }
        if (!responses.containsKey("default")) {
            responses.put(
                    "default",
                    new JsonObject()
                            .put(
                                    "description",
                                    "An error the gateway answers on any route "
                                            + "before the service sees the request: 405, 413 (body over the limit), 414, 431")
                            .put("content", problem.copy()));
        }
        if ((path.equals("/api/auth/login") || path.startsWith("/api/rsvp/") || path.startsWith("/rsvp/"))
                && !responses.containsKey("429")) {
            responses.put(
                    "429",
                    new JsonObject()
                            .put("description", "Too many attempts from this address this " + "minute")
                            .put("headers", retryAfter.copy())
                            .put("content", problem.copy()));
        }
    }

    /** the audience tags the operations use, in {@link Audience}'s order, with their descriptions */
    private static JsonArray audiences(java.util.Set<String> used) {
        JsonArray tags = new JsonArray();
        Audience.DESCRIPTIONS.forEach((name, description) -> {
            if (used.contains(name)) {
                tags.add(new JsonObject().put("name", name).put("description", description));
            }
        });
        return tags;
    }

    private static JsonObject renameClashes(String service, JsonObject doc, JsonObject merged) {
        JsonObject own = doc.getJsonObject("components", new JsonObject()).getJsonObject("schemas", new JsonObject());
        String text = doc.encode();
        boolean renamed = false;
        for (String name : own.fieldNames()) {
            if (merged.containsKey(name) && !merged.getValue(name).equals(own.getValue(name))) {
                String newName = Character.toUpperCase(service.charAt(0)) + service.substring(1) + name;
                text = text.replace(REF + name + "\"", REF + newName + "\"");
                renamed = true;
            }
        }
        if (!renamed) {
            return doc;
        }
        JsonObject rewritten = new JsonObject(text);
        JsonObject schemas = rewritten.getJsonObject("components").getJsonObject("schemas");
        for (String name : own.fieldNames()) {
            if (merged.containsKey(name) && !merged.getValue(name).equals(own.getValue(name))) {
                String newName = Character.toUpperCase(service.charAt(0)) + service.substring(1) + name;
                schemas.put(newName, schemas.remove(name));
            }
        }
        return rewritten;
    }
}
