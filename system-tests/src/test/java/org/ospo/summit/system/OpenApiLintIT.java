package org.ospo.summit.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ospo.summit.platform.testing.OpenApiDocument;
import org.ospo.summit.platform.testing.SpecConformance;

/**
 * The suite's one OpenAPI document passes Spectral's OpenAPI rules and Redocly's recommended rules with no error and
 * no warning (browser-tests/openapi.spectral.yaml and browser-tests/redocly.yaml say which rule is configured and
 * why): a valid document whose examples match their schemas, every operation described, tagged and named.
 */
class OpenApiLintIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path root;
    private static Path document;

    @BeforeAll
    static void suite() throws Exception {
        Suite.startBehindGateway();
        root = Path.of(System.getProperty("summit.root", "..")).toAbsolutePath().normalize();
        document = Files.createTempFile("summit-openapi", ".json");
        Files.writeString(
                document,
                given().get("/q/openapi").then().statusCode(200).extract().asString());
    }

    @Test
    void spectralFindsNothing() throws Exception {
        String output = run(List.of(
                root.resolve("browser-tests/node_modules/.bin/spectral").toString(),
                "lint",
                document.toString(),
                "--ruleset",
                root.resolve("browser-tests/openapi.spectral.yaml").toString(),
                "--fail-severity",
                "hint",
                "--format",
                "text"));
        assertTrue(output.contains("No results with a severity of 'hint' or higher found!"), output);
    }

    @Test
    void redoclyFindsNothing() throws Exception {
        Path report = Files.createTempFile("summit-redocly", ".json");
        run(List.of(
                "sh",
                "-c",
                "\"$0\" lint \"$1\" --config \"$2\" --format json > \"$3\"",
                root.resolve("browser-tests/node_modules/.bin/redocly").toString(),
                document.toString(),
                root.resolve("browser-tests/redocly.yaml").toString(),
                report.toString()));
        JsonNode totals = JSON.readTree(Files.readString(report)).path("totals");
        assertEquals(0, totals.path("errors").asInt(-1), Files.readString(report));
        assertEquals(0, totals.path("warnings").asInt(-1), Files.readString(report));
    }

    /** the system tests' exchanges are held to this document (SpecConformance, installed by the Suite) */
    @Test
    void everyExchangeIsHeldToTheDocument() {
        long before = SpecConformance.checked();
        given().get("/api/summit").then().statusCode(200);
        assertEquals(before + 1, SpecConformance.checked(), "the answer was checked against the merged document");
        OpenApiDocument merged = SpecConformance.documentOf(Suite.GATEWAY).orElseThrow();
        OpenApiDocument.Op current = merged.find("GET", "/api/summit").orElseThrow();
        assertFalse(
                merged.departures(current, 200, Map.of(), "application/json", "{\"name\": \"OSPO\"}")
                        .isEmpty(),
                "an edition without its required fields departs from the document");
        assertFalse(
                merged.departures(current, 202, Map.of(), null, "").isEmpty(),
                "an undocumented status departs from the document");
    }

    private static String run(List<String> command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("REDOCLY_TELEMETRY", "off");
        builder.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "finished: " + command);
        return output;
    }
}
