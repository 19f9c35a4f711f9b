package org.ospo.summit.platform.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The judge {@link SpecConformance} relies on finds what it must find, and nothing on a conforming exchange. */
class OpenApiDocumentTest {
    private static final OpenApiDocument DOC = new OpenApiDocument("""
            {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {
              "/api/things/{id}": {"get": {"responses": {
                "200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                "503": {"description": "away", "headers": {"Retry-After": {"required": true, "schema": {"type": "integer"}}}}}}},
              "/api/things/mine": {"get": {"responses": {"204": {"description": "none"},
                "default": {"description": "an error", "content": {"application/problem+json": {"schema": {"type": "object"}}}}}}},
              "/api/things": {"get": {"parameters": [{"name": "status", "in": "query",
                  "schema": {"type": "string", "enum": ["OPEN", "CLOSED"]}}],
                "responses": {"200": {"description": "ok"}}}}},
              "components": {"schemas": {"Thing": {"type": "object", "required": ["id", "at"], "properties": {
                "id": {"type": "string", "format": "uuid"}, "at": {"type": "string", "format": "date-time"},
                "note": {"type": ["string", "null"]}}}}}}
            """);

    private static List<String> answer(int status, String contentType, String body, Map<String, String> headers) {
        OpenApiDocument.Op op = DOC.find("GET", "/api/things/8d51d5d6-99ac-4943-8602-435f437f1d9a")
                .orElseThrow();
        return DOC.departures(op, status, headers, contentType, body);
    }

    @Test
    void aLiteralPathWinsOverATemplate() {
        assertEquals(
                "/api/things/mine",
                DOC.find("GET", "/api/things/mine").orElseThrow().template());
        assertTrue(DOC.find("POST", "/api/things/mine").isEmpty());
    }

    @Test
    void aConformingAnswerPasses() {
        assertEquals(
                List.of(),
                answer(
                        200,
                        "application/json",
                        "{\"id\": \"8d51d5d6-99ac-4943-8602-435f437f1d9a\", "
                                + "\"at\": \"2027-03-20T09:00:00+08:00\", \"note\": null}",
                        Map.of()));
    }

    @Test
    void driftIsFound() {
        assertTrue(answer(404, "application/problem+json", "{}", Map.of())
                .get(0)
                .contains("status 404 is not documented"));
        assertTrue(answer(200, "text/html", "<p>", Map.of()).get(0).contains("text/html body is not documented"));
        assertTrue(answer(503, null, "", Map.of()).get(0).contains("Retry-After"));
        String missing = String.join(
                "\n", answer(200, "application/json", "{\"id\": \"8d51d5d6-99ac-4943-8602-435f437f1d9a\"}", Map.of()));
        assertTrue(missing.contains("at"), missing);
        String badTime = String.join(
                "\n",
                answer(
                        200,
                        "application/json",
                        "{\"id\": \"8d51d5d6-99ac-4943-8602-435f437f1d9a\", " + "\"at\": \"2027-03-20T09:00+08:00\"}",
                        Map.of()));
        assertTrue(badTime.contains("/at"), "a time without seconds is not RFC 3339: " + badTime);
    }

    @Test
    void aDefaultAnswerStandsForErrorsOnly() {
        OpenApiDocument.Op mine = DOC.find("GET", "/api/things/mine").orElseThrow();
        assertEquals(List.of(), DOC.departures(mine, 405, Map.of(), "application/problem+json", "{}"));
        assertTrue(DOC.departures(mine, 200, Map.of(), null, "").get(0).contains("status 200 is not documented"));
    }

    @Test
    void aRequestOutsideTheDocumentIsNamed() {
        OpenApiDocument.Op list = DOC.find("GET", "/api/things").orElseThrow();
        assertEquals(
                List.of(), DOC.refusals(list, URI.create("http://h/api/things?status=OPEN"), Map.of(), null, null));
        List<String> refusals = DOC.refusals(list, URI.create("http://h/api/things?status=open"), Map.of(), null, null);
        assertEquals(1, refusals.size(), refusals.toString());
        assertTrue(refusals.get(0).startsWith("query parameter status=open"), refusals.toString());
    }
}
