package org.ospo.summit.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ospo.summit.platform.testing.TestDb;

/**
 * PostgreSQL restarted under load (pg_ctlcluster … restart: every connection of every service is cut, the server
 * refuses new ones for a while): the services recover without a restart of their own; while it lasts, what fails is a
 * 503 problem+json with Retry-After, nothing else and at no other time; no accept is lost and every event written
 * before, during or after it is handled. Needs the local cluster this machine runs (skipped where PostgreSQL is
 * elsewhere). Runs after the other tests (failsafe's alphabetical order).
 */
class WhenTheDatabaseRestartsIT {
    /** how long after the restart command returned a request may still meet a connection the restart broke */
    private static final Duration SETTLE = Duration.ofSeconds(10);

    @BeforeAll
    static void suite() {
        Suite.startBehindGateway();
    }

    /** one request of the load and what it got */
    private record Outcome(
            String operation,
            long startedNanos,
            long endedNanos,
            int status,
            String contentType,
            String retryAfter,
            String body) {
        boolean failed() {
            return status >= 500;
        }
    }

    @Test
    void servicesRecoverByThemselvesAndFailOnlyWithRetryableProblemsMeanwhile() throws Exception {
        String[] restart = restartCommand();
        String organizer = Suite.organizerToken();
        int seatsBefore = Suite.seatsLeft(organizer);
        Suite.freeSeats(organizer, 80);
        try {
            // an attendee to read and prepare, with a session to read; then 60 invitees who accept during the load
            Map<String, String> first = Suite.invite(Suite.GATEWAY, organizer, 1, "pg-attendee");
            String invitationId = first.keySet().iterator().next();
            String attendee = given().header("X-Forwarded-For", Suite.clientAddress())
                    .post("/api/rsvp/" + first.get(invitationId) + "/accept")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("accessToken");
            Awaitility.await()
                    .atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> given().auth()
                                    .oauth2(attendee)
                                    .get("/api/attendees/me")
                                    .statusCode()
                            == 200);
            Map<String, String> burst = Suite.invite(Suite.GATEWAY, organizer, 60, "pg-restart");
            Queue<String> toAccept = new ConcurrentLinkedQueue<>(burst.values());
            Queue<String> accepted = new ConcurrentLinkedQueue<>();

            List<Supplier<Outcome>> operations = List.of(
                    () -> call(
                            "invitation",
                            () -> given().auth().oauth2(organizer).get("/api/invitations/" + invitationId)),
                    () -> call(
                            "rsvp",
                            () -> given().header("X-Forwarded-For", Suite.clientAddress())
                                    .get("/api/rsvp/" + first.get(invitationId))),
                    () -> call("attendee", () -> given().auth().oauth2(attendee).get("/api/attendees/me")),
                    () -> call(
                            "preparation",
                            () -> given().auth()
                                    .oauth2(attendee)
                                    .contentType(ContentType.JSON)
                                    .body("{\"topics\": [\"LEGAL\"]}")
                                    .put("/api/attendees/me/preparation")),
                    () -> call(
                            "my-agenda", () -> given().auth().oauth2(attendee).get("/api/agenda/me")),
                    () -> {
                        String token = toAccept.poll();
                        if (token == null) {
                            return call(
                                    "stats",
                                    () -> given().auth().oauth2(organizer).get("/api/invitations/stats"));
                        }
                        Outcome o = call(
                                "accept",
                                () -> given().header("X-Forwarded-For", Suite.clientAddress())
                                        .post("/api/rsvp/" + token + "/accept"));
                        // a client that met the outage retries later, as Retry-After says
                        (o.status == 200 ? accepted : toAccept).add(token);
                        return o;
                    });

            Queue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger turn = new AtomicInteger();
            ExecutorService load = Executors.newFixedThreadPool(6);
            for (int t = 0; t < 6; t++) {
                load.submit(() -> {
                    while (running.get()) {
                        outcomes.add(operations
                                .get(Math.floorMod(turn.getAndIncrement(), operations.size()))
                                .get());
                        sleep(20);
                    }
                });
            }
            long restartStarted;
            long restartEnded;
            try {
                sleep(3000);
                restartStarted = System.nanoTime();
                Process p =
                        new ProcessBuilder(restart).redirectErrorStream(true).start();
                String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(
                        p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0,
                        String.join(" ", restart) + " failed: " + output);
                restartEnded = System.nanoTime();
                sleep(SETTLE.toMillis() + 5000);
            } finally {
                running.set(false);
                load.shutdown();
                assertTrue(load.awaitTermination(60, TimeUnit.SECONDS), "the load did not stop");
            }

            List<Outcome> all = new ArrayList<>(outcomes);
            Collections.sort(all, (a, b) -> Long.compare(a.startedNanos, b.startedNanos));
            // before the restart: nothing failed; after it settled: nothing failed, on every service
            long settled = restartEnded + SETTLE.toNanos();
            List<Outcome> outside = all.stream()
                    .filter(Outcome::failed)
                    .filter(o -> o.endedNanos < restartStarted || o.startedNanos > settled)
                    .toList();
            assertEquals(List.of(), outside, "failures outside the outage window");
            Map<String, Long> afterwards = all.stream()
                    .filter(o -> o.startedNanos > settled && o.status < 300)
                    .collect(Collectors.groupingBy(Outcome::operation, Collectors.counting()));
            assertTrue(
                    afterwards
                            .keySet()
                            .containsAll(List.of("invitation", "rsvp", "attendee", "preparation", "my-agenda")),
                    "every service answers again without a restart: " + afterwards);
            // during it: 503 problem+json with Retry-After, nothing else
            List<Outcome> failed = all.stream().filter(Outcome::failed).toList();
            for (Outcome o : failed) {
                assertEquals(503, o.status, o.toString());
                assertTrue(o.contentType != null && o.contentType.startsWith(Suite.PROBLEM), o.toString());
                assertTrue(o.retryAfter != null && o.retryAfter.matches("\\d+"), o.toString());
            }
            List<Outcome> clientErrors =
                    all.stream().filter(o -> o.status >= 400 && o.status < 500).toList();
            assertEquals(List.of(), clientErrors, "no request of the load is a client mistake");
            System.out.printf(
                    "database restart: %d requests, %d answered 503 during the %d ms outage%n",
                    all.size(),
                    failed.size(),
                    Duration.ofNanos(restartEnded - restartStarted).toMillis());

            // every invitee who met the outage accepted on a later try; each acceptance became one attendee
            while (!toAccept.isEmpty()) {
                String token = toAccept.poll();
                given().header("X-Forwarded-For", Suite.clientAddress())
                        .post("/api/rsvp/" + token + "/accept")
                        .then()
                        .statusCode(200);
                accepted.add(token);
            }
            assertEquals(60, accepted.size());
            for (int port : Suite.ports()) {
                Response ready = given().baseUri("http://127.0.0.1:" + Suite.management(port))
                        .get("/q/health/ready");
                assertEquals(200, ready.statusCode(), ":" + port + " not ready: " + ready.asString());
            }
            UUID[] ids = burst.keySet().stream().map(UUID::fromString).toArray(UUID[]::new);
            Awaitility.await()
                    .atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> TestDb.count(
                                    "summit_attendee_test",
                                    "select count(*) from attendee where invitation_id = any(?)",
                                    (Object) ids)
                            == 60);
        } finally {
            Suite.freeSeats(organizer, seatsBefore);
        }
    }

    private static Outcome call(String operation, Supplier<Response> request) {
        long started = System.nanoTime();
        Response r = request.get();
        return new Outcome(
                operation,
                started,
                System.nanoTime(),
                r.statusCode(),
                r.contentType(),
                r.header("Retry-After"),
                r.statusCode() >= 400 ? r.asString() : "");
    }

    /** pg_ctlcluster for the local cluster (the one the tests use); the test is skipped where there is none */
    private static String[] restartCommand() {
        String host = System.getenv().getOrDefault("SUMMIT_DB_HOST", "127.0.0.1");
        File[] versions = new File("/etc/postgresql").listFiles(File::isDirectory);
        Assumptions.assumeTrue(
                ("127.0.0.1".equals(host) || "localhost".equals(host))
                        && versions != null
                        && versions.length > 0
                        && new File("/usr/bin/pg_ctlcluster").canExecute(),
                "needs the local PostgreSQL cluster and pg_ctlcluster to restart it");
        return new String[] {"pg_ctlcluster", "--skip-systemctl-redirect", versions[0].getName(), "main", "restart"};
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
