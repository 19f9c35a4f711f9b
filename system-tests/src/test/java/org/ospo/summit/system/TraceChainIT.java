package org.ospo.summit.system;

import static io.restassured.RestAssured.given;
import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ospo.summit.system.OtlpReceiver.Received;

/**
 * "The invitee accepted: why is there no attendee yet?" answered in one trace. A client accepts through the gateway
 * with its own sampled {@code traceparent}; the suite's receiver ({@link OtlpReceiver}) then holds one trace that goes
 * from the gateway's span (a child of the client's) through its call to invitation-service, the outbox's publication of
 * {@code invitation.accepted}, attendee-service's consumer, its publication of {@code attendee.registered}, to
 * agenda-service's consumer that makes the attendee eligible, each a descendant of the one before. No span carries the
 * RSVP token or the invitee's email; the gateway's span names the request id the client got back; the consumer's log
 * line names the trace.
 */
class TraceChainIT {
    private static String organizer;

    @BeforeAll
    static void suite() {
        Suite.startBehindGateway();
        organizer = Suite.organizerToken();
    }

    private static RequestSpecification as() {
        return given().auth().oauth2(organizer).contentType(ContentType.JSON);
    }

    @Test
    void oneAcceptanceIsOneTraceFromTheGatewayToTheAgenda() throws Exception {
        Suite.withOneMoreSeat(organizer, this::follow);
    }

    private void follow() throws Exception {
        String email = "traced-" + UUID.randomUUID() + "@example.com";
        String token = as().body("{\"email\": \"" + email
                        + "\", \"fullName\": \"Trace Chain\", \"company\": \"Open Corp\", \"locale\": \"en\", "
                        + "\"criteria\": [\"OSPO_PRACTITIONER\"]}")
                .post("/api/invitations")
                .then()
                .statusCode(201)
                .extract()
                .path("token");
        HexFormat hex = HexFormat.of();
        byte[] ids = new byte[24];
        ThreadLocalRandom.current().nextBytes(ids);
        String traceId = hex.formatHex(ids, 0, 16);
        String clientSpan = hex.formatHex(ids, 16, 24);
        var accepted = given().header("traceparent", "00-" + traceId + "-" + clientSpan + "-01")
                .header("X-Forwarded-For", Suite.clientAddress())
                .post("/api/rsvp/" + token + "/accept")
                .then()
                .statusCode(200)
                .extract();
        String requestId = accepted.header("X-Request-Id");

        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> chain(OtlpReceiver.get().trace(traceId), clientSpan, requestId));

        List<Received> trace = OtlpReceiver.get().trace(traceId);
        for (Received span : trace) {
            String text = span.name() + " " + span.attributes();
            assertFalse(text.contains(token), "the RSVP token in " + span);
            assertFalse(text.contains(email), "the invitee's email in " + span);
        }
        // ./summit trace, given the request id the client got back, finds the request's and its events' log lines
        Path root = Path.of(System.getProperty("summit.root", ".."))
                .toAbsolutePath()
                .normalize();
        Path state = Files.createTempDirectory("summit-trace");
        Files.createDirectories(state.resolve("logs"));
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    try (var logs = Files.list(root.resolve("system-tests/target/system-test-logs"))) {
                        for (Path log : logs.toList()) {
                            Files.copy(log, state.resolve("logs").resolve(log.getFileName()), REPLACE_EXISTING);
                        }
                    }
                    ProcessBuilder command = new ProcessBuilder(
                                    root.resolve("summit").toString(), "trace", requestId)
                            .redirectErrorStream(true);
                    command.environment().put("SUMMIT_STATE_DIR", state.toString());
                    Process helper = command.start();
                    List<String> lines = new String(helper.getInputStream().readAllBytes())
                            .lines()
                            .toList();
                    assertEquals(0, helper.waitFor(), String.join("\n", lines));
                    assertTrue(
                            lines.stream()
                                    .anyMatch(l -> l.startsWith("gateway ")
                                            && l.contains(requestId)
                                            && l.contains("/api/rsvp/{token}/accept")),
                            "the gateway's access line: " + lines);
                    assertTrue(
                            lines.stream()
                                    .anyMatch(l -> l.startsWith("attendee-service ")
                                            && l.contains(traceId)
                                            && l.contains("invitation.accepted")),
                            "the attendee: " + lines);
                    assertTrue(
                            lines.stream()
                                    .anyMatch(l -> l.startsWith("agenda-service ")
                                            && l.contains(traceId)
                                            && l.contains("attendee.registered")),
                            "the eligibility: " + lines);
                    assertFalse(lines.stream().anyMatch(l -> l.contains(token)), "a token in " + lines);
                });
    }

    /** the chain of spans one acceptance leaves, each a descendant of the one before */
    private static void chain(List<Received> trace, String clientSpan, String requestId) {
        Map<String, Received> byId =
                trace.stream().collect(Collectors.toMap(Received::spanId, Function.identity(), (a, b) -> a));
        Received gateway = one(trace, "gateway", "SERVER", s -> s.parentSpanId().equals(clientSpan));
        assertEquals(requestId, gateway.attributes().get("summit.request_id"), "the gateway's span names the request");
        Received accept =
                one(trace, "invitation-service", "SERVER", s -> s.name().contains("/api/rsvp/{token}/accept"));
        Received published =
                one(trace, "invitation-service", "PRODUCER", s -> s.name().contains("summit.invitations"));
        Received registered =
                one(trace, "attendee-service", "CONSUMER", s -> s.name().contains("summit.invitations"));
        Received announced =
                one(trace, "attendee-service", "PRODUCER", s -> s.name().contains("summit.attendees"));
        Received eligible =
                one(trace, "agenda-service", "CONSUMER", s -> s.name().contains("summit.attendees"));
        List<Received> links = List.of(gateway, accept, published, registered, announced, eligible);
        for (int i = 1; i < links.size(); i++) {
            assertTrue(
                    descends(links.get(i), links.get(i - 1), byId),
                    links.get(i) + " does not descend from " + links.get(i - 1) + " in " + trace);
        }
    }

    private static Received one(List<Received> trace, String service, String kind, Predicate<Received> matching) {
        Optional<Received> found = trace.stream()
                .filter(s -> s.service().equals(service) && s.kind().equals("SPAN_KIND_" + kind))
                .filter(matching)
                .findFirst();
        assertTrue(
                found.isPresent(),
                "no " + kind + " span of " + service + " in the trace: " + trace + " (receiver: "
                        + OtlpReceiver.get().status() + ")");
        return found.get();
    }

    private static boolean descends(Received span, Received ancestor, Map<String, Received> byId) {
        Received at = span;
        for (int hops = 0; at != null && hops < 50; hops++) {
            if (at.parentSpanId().equals(ancestor.spanId())) {
                return true;
            }
            at = byId.get(at.parentSpanId());
        }
        return false;
    }
}
