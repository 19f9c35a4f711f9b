package org.ospo.summit.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a frontend team does on its first day: generate a TypeScript client from the merged OpenAPI document with the
 * pinned openapi-generator ({@code typescript-fetch}), compile it with {@code tsc --strict} together with
 * browser-tests/client-journey.ts, and run that journey against the suite (organizer invites with an idempotent
 * retry, invitee accepts, attendee prepares and registers, reads me.ics, a conditional GET of the agenda is a 304
 * handled as "not modified"). docs/api.md shows the same journey as the frontend quick start.
 */
class TypeScriptClientIT {
    private static Path root;
    private static Path work;

    @BeforeAll
    static void suite() throws Exception {
        Suite.startBehindGateway();
        Suite.freeSeats(Suite.organizerToken(), 1);
        root = Path.of(System.getProperty("summit.root", "..")).toAbsolutePath().normalize();
        work = root.resolve("system-tests/target/ts-client");
        if (Files.exists(work)) {
            try (var files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(work);
    }

    @Test
    void aGeneratedClientCompilesStrictlyAndWalksTheJourney() throws Exception {
        Path document = work.resolve("openapi.json");
        Files.writeString(
                document,
                given().get("/q/openapi").then().statusCode(200).extract().asString());
        String generated = run(
                List.of(
                        "java",
                        "-jar",
                        root.resolve("system-tests/target/tools/openapi-generator-cli.jar")
                                .toString(),
                        "generate",
                        "-g",
                        "typescript-fetch",
                        "-i",
                        document.toString(),
                        "-o",
                        work.resolve("client").toString(),
                        "--additional-properties=supportsES6=true"),
                180);
        assertTrue(Files.exists(work.resolve("client/apis/OrganizerApi.ts")), "one API per audience: " + generated);
        for (String api : List.of("PublicApi", "InviteeApi", "AttendeeApi")) {
            assertTrue(Files.exists(work.resolve("client/apis/" + api + ".ts")), api);
        }
        try (var models = Files.list(work.resolve("client/models"))) {
            assertEquals(
                    List.of(),
                    models.map(p -> p.getFileName().toString())
                            .filter(n -> n.matches(".*(200Response|Request1|\\d)\\.ts"))
                            .toList(),
                    "no accidental models");
        }
        Files.copy(root.resolve("browser-tests/client-journey.ts"), work.resolve("journey.ts"));
        Files.writeString(work.resolve("package.json"), "{\"type\": \"commonjs\"}\n");
        Files.writeString(work.resolve("tsconfig.json"), """
                {"compilerOptions": {"strict": true, "target": "es2020", "module": "commonjs", "lib": ["es2020", "dom"],
                  "outDir": "out", "skipLibCheck": true, "noEmitOnError": true},
                 "include": ["journey.ts", "client/**/*.ts"]}
                """);
        run(List.of(root.resolve("browser-tests/node_modules/.bin/tsc").toString(), "-p", work.toString()), 120);
        String journey = run(
                List.of("node", work.resolve("out/journey.js").toString(), Suite.GATEWAY, "organizer", "summit-local"),
                120);
        assertTrue(journey.contains("\"journey\":\"complete\""), journey);
    }

    /** runs a command in the work directory; its exit status must be 0 */
    private static String run(List<String> command, int seconds) throws Exception {
        Process process = new ProcessBuilder(command)
                .directory(work.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(seconds, TimeUnit.SECONDS), "finished: " + command);
        assertEquals(0, process.exitValue(), String.join(" ", command) + "\n" + output);
        return output;
    }
}
