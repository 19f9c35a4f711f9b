package org.ospo.summit.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;


/** The suite's one OpenAPI document passes Spectral's OpenAPI rules (valid document, examples match schemas). */
class OpenApiLintIT {

    @BeforeAll
    static void suite() {
        Suite.startBehindGateway();
    }

    @Test
    void theMergedDocumentHasNoSpectralErrors() throws Exception {
        Path root = Path.of(System.getProperty("summit.root", "..")).toAbsolutePath().normalize();
        Path doc = Files.createTempFile("summit-openapi", ".json");
        Files.writeString(doc, given().get("/q/openapi").then().statusCode(200).extract().asString());
        Process spectral = new ProcessBuilder(root.resolve("browser-tests/node_modules/.bin/spectral").toString(), "lint",
                doc.toString(), "--ruleset", root.resolve("browser-tests/openapi.spectral.yaml").toString(),
                "--fail-severity", "error", "--format", "text").redirectErrorStream(true).start();
        assertTrue(spectral.waitFor(120, TimeUnit.SECONDS), "spectral finished");
        String output = new String(spectral.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, spectral.exitValue(), output);
    }
}
