package org.ospo.summit.gateway.openapi;

import java.util.LinkedHashMap;
import java.util.Map;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Merges the services' OpenAPI documents into one: paths, tags, schemas and security schemes. Paths never clash
 * (each service owns its prefixes); a schema name two services define differently is renamed for the later one
 * ({@code Page} of attendee-service → {@code AttendeePage}) and its references are rewritten.
 */
public final class OpenApiMerger {
    private static final String REF = "\"#/components/schemas/";

    private OpenApiMerger() {
    }

    public static JsonObject merge(Map<String, JsonObject> docs, String version) {
        JsonObject paths = new JsonObject();
        JsonObject schemas = new JsonObject();
        JsonObject securitySchemes = new JsonObject();
        Map<String, JsonObject> tags = new LinkedHashMap<>();
        String openapi = "3.1.0";
        for (Map.Entry<String, JsonObject> entry : docs.entrySet()) {
            JsonObject doc = renameClashes(entry.getKey(), entry.getValue(), schemas);
            openapi = doc.getString("openapi", openapi);
            JsonObject components = doc.getJsonObject("components", new JsonObject());
            doc.getJsonObject("paths", new JsonObject()).forEach(p -> paths.put(p.getKey(), p.getValue()));
            components.getJsonObject("schemas", new JsonObject()).forEach(s -> schemas.put(s.getKey(), s.getValue()));
            components.getJsonObject("securitySchemes", new JsonObject())
                    .forEach(s -> securitySchemes.put(s.getKey(), s.getValue()));
            doc.getJsonArray("tags", new JsonArray()).forEach(t -> {
                JsonObject tag = (JsonObject) t;
                tags.putIfAbsent(tag.getString("name"), tag);
            });
        }
        return new JsonObject()
                .put("openapi", openapi)
                .put("info", new JsonObject().put("title", "OSPO Summit API").put("version", version)
                        .put("description", "The whole suite behind one origin: invitations and RSVP "
                                + "(invitation-service), attendees and their preparation (attendee-service), the "
                                + "agenda (agenda-service). Sign in with POST /api/auth/login, then Authorize with "
                                + "the accessToken. Errors are application/problem+json (RFC 9457)."))
                .put("servers", new JsonArray().add(new JsonObject().put("url", "/")
                        .put("description", "this gateway (one origin for the whole suite)")))
                .put("tags", new JsonArray(tags.values().stream().map(Object.class::cast).toList()))
                .put("paths", paths)
                .put("components", new JsonObject().put("schemas", schemas).put("securitySchemes", securitySchemes));
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
