package org.ospo.summit.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ospo.summit.platform.testing.TestBroker;
import org.ospo.summit.platform.testing.TestDb;
import org.ospo.summit.platform.testing.TestKafka;

/**
 * What is down degrades only what depends on it. A service that is away: its routes answer 503 problem+json, the
 * others and the gateway's readiness stay. Kafka away for 30 s: every service stays ready (answering within 2 s),
 * reads and writes still work, and the events written meanwhile arrive once the broker is back, each once. Runs after
 * the others that need the broker (failsafe's alphabetical order), because it stops and restarts it.
 */
class WhenKafkaIsAwayIT {

    @BeforeAll
    static void suite() {
        Suite.startBehindGateway();
        Suite.startGatewayWithoutAgenda();
    }

    @Test
    void aServiceThatIsAwayTakesOnlyItsOwnRoutes() {
        String away = Suite.GATEWAY_WITHOUT_AGENDA;
        given().baseUri(away).get("/api/agenda").then().statusCode(503).contentType(Suite.PROBLEM);
        given().baseUri(away).get("/api/summit").then().statusCode(200);
        given().baseUri(away)
                .contentType(ContentType.JSON)
                .body("{\"username\": \"organizer\", \"password\": \"summit-local\"}")
                .post("/api/auth/login")
                .then()
                .statusCode(200);
        given().baseUri("http://127.0.0.1:" + Suite.management(Suite.GATEWAY_WITHOUT_AGENDA_PORT))
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"));
    }

    /**
     * The broker away for 30 s while invitees accept and attendees update their preparation: every request is answered
     * as usual; once the broker is back every event arrives, once: one attendee and one eligibility per accept, the
     * last preparation of each attendee in agenda-service, no event published twice.
     */
    @Test
    void kafkaAwayForThirtySecondsDuringABurstDelaysEventsAndLosesNone() throws Exception {
        String organizer = Suite.organizerToken();
        int seatsBefore = Suite.seatsLeft(organizer);
        Suite.freeSeats(organizer, 60);
        // 20 attendees who update their preparation during the outage (they exist before it) ...
        Map<String, String> preparing = Suite.invite(Suite.GATEWAY, organizer, 20, "preparing");
        List<Map<String, String>> attendees = Suite.concurrently(
                10,
                preparing.values().stream()
                        .<Callable<Map<String, String>>>map(token -> () -> accept(token))
                        .toList());
        UUID[] preparingIds = attendees.stream()
                .map(a -> UUID.fromString(a.get("attendeeId")))
                .toArray(UUID[]::new);
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> TestDb.count(
                                "summit_agenda_test",
                                "select count(*) from attendee_eligibility where attendee_id = any(?)",
                                (Object) preparingIds)
                        == 20);
        // ... and 40 invitees who accept during it
        Map<String, String> accepting = Suite.invite(Suite.GATEWAY, organizer, 40, "offline");

        List<Map<String, String>> accepted;
        List<Integer> preparationUpdates = new ArrayList<>();
        try (TestKafka.Reader invitationEvents = TestKafka.tail("summit.invitations");
                TestKafka.Reader attendeeEvents = TestKafka.tail("summit.attendees")) {
            long stopped = System.nanoTime();
            TestBroker.stop();
            try {
                for (int port : Suite.ports()) {
                    long started = System.nanoTime();
                    given().baseUri("http://127.0.0.1:" + Suite.management(port))
                            .get("/q/health/ready")
                            .then()
                            .statusCode(200);
                    long ms = Duration.ofNanos(System.nanoTime() - started).toMillis();
                    assertTrue(ms < 2000, "readiness of :" + port + " took " + ms + " ms with Kafka away");
                }
                given().get("/api/agenda").then().statusCode(200);
                // the burst, spread over the outage: 40 accepts and three preparations per attendee, all answered
                List<Callable<Map<String, String>>> accepts = accepting.values().stream()
                        .<Callable<Map<String, String>>>map(token -> () -> accept(token))
                        .toList();
                List<Callable<Integer>> updates = new ArrayList<>();
                for (int round = 0; round < PREPARATIONS.size(); round++) {
                    String topics = PREPARATIONS.get(round);
                    for (Map<String, String> a : attendees) {
                        updates.add(() -> given().auth()
                                .oauth2(a.get("accessToken"))
                                .contentType(ContentType.JSON)
                                .body("{\"topics\": " + topics + "}")
                                .put("/api/attendees/me/preparation")
                                .statusCode());
                    }
                }
                accepted = Suite.concurrently(4, accepts);
                // one round at a time, in order: the last round is each attendee's preparation
                for (int round = 0; round < PREPARATIONS.size(); round++) {
                    preparationUpdates.addAll(Suite.concurrently(4, updates.subList(round * 20, (round + 1) * 20)));
                }
                // attendee-service learns of the acceptances only through Kafka: not yet
                assertEquals(
                        404,
                        given().auth()
                                .oauth2(accepted.get(0).get("accessToken"))
                                .get("/api/attendees/me")
                                .statusCode());
                long waited = Duration.ofNanos(System.nanoTime() - stopped).toMillis();
                Thread.sleep(Math.max(0, OUTAGE.toMillis() - waited));
            } finally {
                TestBroker.start();
            }
            assertEquals(List.of(200), preparationUpdates.stream().distinct().toList(), "every preparation saved");
            assertEquals(
                    40,
                    accepted.stream()
                            .filter(a -> "ACCEPTED".equals(a.get("status")))
                            .count());

            // the outboxes kept every event: they arrive once the broker is back, each once
            UUID[] invitationIds =
                    accepting.keySet().stream().map(UUID::fromString).toArray(UUID[]::new);
            UUID[] acceptedIds = accepted.stream()
                    .map(a -> UUID.fromString(a.get("attendeeId")))
                    .toArray(UUID[]::new);
            Awaitility.await()
                    .atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> TestDb.count(
                                    "summit_agenda_test",
                                    "select count(*) from attendee_eligibility where attendee_id = any(?)"
                                            + " and status = 'ACTIVE'",
                                    (Object) acceptedIds)
                            == 40);
            assertEquals(
                    40,
                    TestDb.count(
                            "summit_attendee_test",
                            "select count(*) from attendee where invitation_id = any(?)",
                            (Object) invitationIds));
            String last = PREPARATIONS.get(PREPARATIONS.size() - 1).replaceAll("[\\[\\]\" ]", "");
            Awaitility.await()
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> TestDb.count(
                                    "summit_agenda_test",
                                    "select count(*) from attendee_eligibility where attendee_id = any(?)"
                                            + " and topics = ?",
                                    preparingIds,
                                    last)
                            == 20);
            Set<String> acceptedInvitations = accepting.keySet();
            Map<String, Long> acceptedEvents = invitationEvents
                    .all(
                            r -> acceptedInvitations.contains(r.key())
                                    && "invitation.accepted".equals(TestKafka.header(r, "ce_type")),
                            Duration.ofSeconds(2))
                    .stream()
                    .collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
            assertEquals(40, acceptedEvents.size());
            assertTrue(acceptedEvents.values().stream().allMatch(n -> n == 1), "published twice: " + acceptedEvents);
            Set<String> preparingKeys =
                    Arrays.stream(preparingIds).map(UUID::toString).collect(Collectors.toSet());
            Map<String, Long> preparedEvents = attendeeEvents
                    .all(
                            r -> preparingKeys.contains(r.key())
                                    && "attendee.preparation-updated".equals(TestKafka.header(r, "ce_type")),
                            Duration.ofSeconds(2))
                    .stream()
                    .collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
            assertEquals(20, preparedEvents.size());
            assertTrue(
                    preparedEvents.values().stream().allMatch(n -> n == PREPARATIONS.size()),
                    "one event per preparation saved: " + preparedEvents);
        } finally {
            Suite.freeSeats(organizer, seatsBefore);
        }
    }

    private static final Duration OUTAGE = Duration.ofSeconds(30);
    private static final List<String> PREPARATIONS =
            List.of("[\"LEGAL\"]", "[\"HR\", \"LEGAL\"]", "[\"ECONOMICS\", \"TECHNOLOGY\"]");

    /** accepts an invitation as its own invitee would (their address); status, attendeeId and accessToken */
    private static Map<String, String> accept(String token) {
        io.restassured.response.Response r =
                given().header("X-Forwarded-For", Suite.clientAddress()).post("/api/rsvp/" + token + "/accept");
        assertEquals(200, r.statusCode(), r.asString());
        Map<String, String> answer = new HashMap<>();
        answer.put("status", r.path("status"));
        answer.put("attendeeId", r.path("attendeeId"));
        answer.put("accessToken", r.path("accessToken"));
        return answer;
    }
}
