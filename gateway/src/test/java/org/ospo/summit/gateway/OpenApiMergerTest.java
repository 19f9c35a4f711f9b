package org.ospo.summit.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ospo.summit.contracts.api.Audience;
import org.ospo.summit.gateway.openapi.OpenApiMerger;

class OpenApiMergerTest {

    private static JsonObject doc(String path, String tag, String schema, JsonObject schemaBody) {
        return new JsonObject()
                .put("openapi", "3.1.0")
                .put(
                        "paths",
                        new JsonObject()
                                .put(
                                        path,
                                        new JsonObject()
                                                .put(
                                                        "get",
                                                        new JsonObject()
                                                                .put(
                                                                        "tags",
                                                                        new io.vertx.core.json.JsonArray().add(tag))
                                                                .put(
                                                                        "responses",
                                                                        new JsonObject()
                                                                                .put(
                                                                                        "200",
                                                                                        new JsonObject()
                                                                                                .put(
                                                                                                        "$ref",
                                                                                                        "#/components/schemas/"
                                                                                                                + schema))))))
                .put("tags", new io.vertx.core.json.JsonArray().add(new JsonObject().put("name", tag)))
                .put(
                        "components",
                        new JsonObject()
                                .put("schemas", new JsonObject().put(schema, schemaBody))
                                .put(
                                        "securitySchemes",
                                        new JsonObject().put("bearer", new JsonObject().put("type", "http"))));
    }

    @Test
    void mergesPathsTagsSchemasAndRenamesClashingSchemas() {
        Map<String, JsonObject> docs = new LinkedHashMap<>();
        docs.put("invitation", doc("/api/invitations", Audience.ORGANIZER, "Page", new JsonObject().put("title", "A")));
        docs.put("attendee", doc("/api/attendees", Audience.ATTENDEE, "Page", new JsonObject().put("title", "B")));
        docs.put("agenda", doc("/api/agenda", Audience.PUBLIC, "Page", new JsonObject().put("title", "A")));

        JsonObject merged = OpenApiMerger.merge(docs, "1.0.0");

        JsonObject paths = merged.getJsonObject("paths");
        assertEquals(3, paths.size());
        JsonObject schemas = merged.getJsonObject("components").getJsonObject("schemas");
        assertEquals("A", schemas.getJsonObject("Page").getString("title"));
        assertEquals("B", schemas.getJsonObject("AttendeePage").getString("title"));
        assertTrue(paths.encode().contains("#/components/schemas/AttendeePage"), "reference rewritten");
        assertEquals(2, schemas.size(), "identical schemas are shared");
        assertEquals(
                List.of(Audience.PUBLIC, Audience.ATTENDEE, Audience.ORGANIZER),
                merged.getJsonArray("tags").stream()
                        .map(t -> ((JsonObject) t).getString("name"))
                        .toList(),
                "the audiences used, in their order");
        assertTrue(
                merged.getJsonArray("tags").stream().allMatch(t -> ((JsonObject) t).getString("description") != null));
        JsonObject answers =
                paths.getJsonObject("/api/agenda").getJsonObject("get").getJsonObject("responses");
        assertTrue(
                answers.containsKey("503") && answers.containsKey("504") && answers.containsKey("default"),
                "what the gateway itself may answer is documented: " + answers.fieldNames());
        assertTrue(merged.getJsonObject("components")
                .getJsonObject("securitySchemes")
                .containsKey("bearer"));
        assertEquals("OSPO Summit API", merged.getJsonObject("info").getString("title"));
    }
}
