package org.ospo.summit.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.ospo.summit.platform.testing.Json;
import org.ospo.summit.platform.testing.TestDb;
import org.ospo.summit.platform.testing.TestKafka;

/**
 * Two replicas of every service behind one gateway (Suite.GATEWAY_OF_REPLICAS, round robin): seats stay exact while accepts and
 * registrations are spread over both replicas, a version published on one replica is served by the other at once,
 * every outbox row reaches Kafka once and every event is handled once per consumer group, whichever replica relays
 * or consumes it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicasIT {
    private static final String ACCEPT_ROUTE = "uri=\"/api/rsvp/{token}/accept\"";
    private static final String REGISTER_ROUTE = "uri=\"/api/sessions/{id}/registrations\"";
    /** how soon a replica serves what another one changed: a notification's delivery, with a wide margin */
    private static final Duration FRESH = Duration.ofSeconds(2);

    private static String organizer;
    private static int seatsLeftBefore;

    @BeforeAll
    static void replicas() {
        Suite.startReplicas();
        organizer = Suite.organizerToken();
        seatsLeftBefore = Suite.seatsLeft(organizer);
    }

    @AfterAll
    static void summitAsBefore() {
        try {
            // the tests after these find as many free seats as there were (and nobody waiting)
            Suite.freeSeats(organizer, seatsLeftBefore);
        } finally {
            Suite.stopReplicas();
        }
    }

    /** how many requests of a route one replica served (its own HTTP metrics, on its management port) */
    private static double served(int port, String route) {
        String metrics = given().baseUri("http://127.0.0.1:" + Suite.management(port))
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        return metrics.lines()
                .filter(l -> l.startsWith("http_server_requests_seconds_count") && l.contains(route))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }

    private static String inList(List<String> ids) {
        return ids.stream().map(id -> "'" + UUID.fromString(id) + "'").collect(Collectors.joining(",", "(", ")"));
    }

    @Test
    @Order(0)
    void anEditionChangedOnOneReplicaIsServedByTheOtherWithinTheBound() {
        int invitationPort = Suite.port("invitation-service");
        String first = "http://127.0.0.1:" + invitationPort;
        String second = "http://127.0.0.1:" + (invitationPort + Suite.REPLICA_OFFSET);
        Map<String, Object> body = new HashMap<>(given().baseUri(second)
                .get("/api/summit")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("$")); // replica 2 holds the edition in memory now
        String venue = (String) body.get("venue");
        body.keySet()
                .retainAll(List.of(
                        "name",
                        "startsAt",
                        "endsAt",
                        "timezone",
                        "venue",
                        "rsvpDeadline",
                        "referralQuota",
                        "openConferenceUrl",
                        "capacity"));
        try {
            body.put("venue", venue + " (replicas)");
            given().baseUri(first)
                    .auth()
                    .oauth2(organizer)
                    .contentType(ContentType.JSON)
                    .body(body)
                    .put("/api/summit")
                    .then()
                    .statusCode(200);
            given().baseUri(first)
                    .get("/api/summit")
                    .then()
                    .statusCode(200)
                    .body("venue", org.hamcrest.Matchers.equalTo(venue + " (replicas)"));
            Awaitility.await()
                    .atMost(FRESH)
                    .pollInterval(Duration.ofMillis(10))
                    .until(() -> given().baseUri(second)
                            .get("/api/summit")
                            .then()
                            .statusCode(200)
                            .extract()
                            .path("venue")
                            .equals(venue + " (replicas)"));
        } finally {
            body.put("venue", venue);
            body.put(
                    "capacity",
                    given().baseUri(first).get("/api/summit").then().extract().path("capacity"));
            given().baseUri(first)
                    .auth()
                    .oauth2(organizer)
                    .contentType(ContentType.JSON)
                    .body(body)
                    .put("/api/summit")
                    .then()
                    .statusCode(200);
        }
        Awaitility.await()
                .atMost(FRESH)
                .pollInterval(Duration.ofMillis(10))
                .until(() -> given().baseUri(second)
                        .get("/api/summit")
                        .then()
                        .extract()
                        .path("venue")
                        .equals(venue));
    }

    @Test
    @Order(1)
    void oneHundredFiftyAcceptsForTwentyFiveSeatsOverBothReplicasTakeExactlyThoseAndEachEventGoesOutAndInOnce()
            throws Exception {
        int invitationPort = Suite.port("invitation-service");
        Map<String, String> invitations = Suite.invite(Suite.GATEWAY_OF_REPLICAS, organizer, 150, "replicas");
        Suite.freeSeats(organizer, 25);
        double firstBefore = served(invitationPort, ACCEPT_ROUTE);
        double secondBefore = served(invitationPort + Suite.REPLICA_OFFSET, ACCEPT_ROUTE);

        List<String> statuses;
        try (TestKafka.Reader events = TestKafka.tail("summit.invitations")) {
            List<Callable<String>> accepts = invitations.values().stream()
                    .<Callable<String>>map(token -> () -> {
                        Response r = given().baseUri(Suite.GATEWAY_OF_REPLICAS)
                                .header("X-Forwarded-For", Suite.clientAddress())
                                .post("/api/rsvp/" + token + "/accept");
                        assertEquals(200, r.statusCode(), r.asString());
                        return r.path("status");
                    })
                    .toList();
            statuses = Suite.concurrently(60, accepts);
            Map<String, Long> outcome = statuses.stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
            assertEquals(Map.of("ACCEPTED", 25L, "WAITLISTED", 125L), outcome);

            // spread: both invitation replicas took accepts, 150 in all
            double first = served(invitationPort, ACCEPT_ROUTE) - firstBefore;
            double second = served(invitationPort + Suite.REPLICA_OFFSET, ACCEPT_ROUTE) - secondBefore;
            assertEquals(150, first + second, 0.001);
            assertTrue(first > 0 && second > 0, "replica 1 served " + first + ", replica 2 " + second);

            // every outbox row of these invitations is published (by whichever relay claimed it) ...
            List<String> ids = new ArrayList<>(invitations.keySet());
            Awaitility.await()
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(300))
                    .until(() -> TestDb.count(
                                    "summit_invitation_test",
                                    "select count(*) from outbox_event where aggregate_id in " + inList(ids)
                                            + " and published_at is null")
                            == 0);
            // ... and reached the topic exactly once
            List<ConsumerRecord<String, String>> accepted = events.all(
                    r -> invitations.containsKey(r.key())
                            && "invitation.accepted".equals(TestKafka.header(r, "ce_type")),
                    Duration.ofSeconds(3));
            Map<String, Long> perInvitation =
                    accepted.stream().collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
            assertEquals(25, perInvitation.size(), "one invitation.accepted per accepted invitation");
            assertTrue(
                    perInvitation.values().stream().allMatch(n -> n == 1),
                    "no event published twice: " + perInvitation);

            // both attendee-service replicas consume in one group: exactly one attendee per accepted invitation
            Awaitility.await()
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(300))
                    .until(() -> TestDb.count(
                                    "summit_attendee_test",
                                    "select count(*) from attendee where invitation_id in " + inList(ids))
                            >= 25);
            assertEquals(
                    25,
                    TestDb.count(
                            "summit_attendee_test",
                            "select count(*) from attendee where invitation_id in " + inList(ids)));
        }
    }

    @Test
    @Order(2)
    void oneHundredRegistrationsForTenSeatsOverBothReplicasTakeExactlyTen() throws Exception {
        int agendaPort = Suite.port("agenda-service");
        Suite.freeSeats(organizer, 100);
        Map<String, String> invitations = Suite.invite(Suite.GATEWAY_OF_REPLICAS, organizer, 100, "registrations");
        List<Callable<Response>> accepts = invitations.values().stream()
                .<Callable<Response>>map(token -> () -> given().baseUri(Suite.GATEWAY_OF_REPLICAS)
                        .header("X-Forwarded-For", Suite.clientAddress())
                        .post("/api/rsvp/" + token + "/accept"))
                .toList();
        List<String> attendeeTokens = new ArrayList<>();
        List<String> attendeeIds = new ArrayList<>();
        for (Response accepted : Suite.concurrently(40, accepts)) {
            assertEquals(200, accepted.statusCode(), accepted.asString());
            assertEquals("ACCEPTED", accepted.path("status"));
            attendeeTokens.add(accepted.path("accessToken"));
            attendeeIds.add(accepted.path("attendeeId"));
        }
        // eligibility reaches agenda-service (accepted → attendee registered → eligible), on either replica
        Awaitility.await()
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> TestDb.count(
                                "summit_agenda_test",
                                "select count(*) from attendee_eligibility where attendee_id in " + inList(attendeeIds))
                        == 100);

        String room = given().baseUri(Suite.GATEWAY_OF_REPLICAS)
                .auth()
                .oauth2(organizer)
                .contentType(ContentType.JSON)
                .body("{\"name\": \"Replicas room " + UUID.randomUUID() + "\", \"capacity\": 40}")
                .post("/api/rooms")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String session = given().baseUri(Suite.GATEWAY_OF_REPLICAS)
                .auth()
                .oauth2(organizer)
                .contentType(ContentType.JSON)
                .body(Json.with(
                        AgendaSliceIT.session("Replicas roundtable", room, "LEGAL", "16:00", "17:00"), "capacity", 10))
                .post("/api/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        // published through replica 1 (which serves it at once), served by replica 2 from memory as soon as the
        // notification arrives (milliseconds; the bound allowed here is what docs/performance.md states)
        String replica2 = "http://127.0.0.1:" + (agendaPort + Suite.REPLICA_OFFSET);
        given().baseUri(replica2).get("/api/agenda").then().statusCode(200); // replica 2 holds the old version
        int version = given().baseUri("http://127.0.0.1:" + agendaPort)
                .auth()
                .oauth2(organizer)
                .post("/api/agenda/publish")
                .then()
                .statusCode(200)
                .extract()
                .path("version");
        given().baseUri("http://127.0.0.1:" + agendaPort)
                .get("/api/agenda")
                .then()
                .statusCode(200)
                .body("version", org.hamcrest.Matchers.equalTo(version));
        Awaitility.await()
                .atMost(FRESH)
                .pollInterval(Duration.ofMillis(10))
                .until(() -> given().baseUri(replica2)
                                .get("/api/agenda")
                                .then()
                                .statusCode(200)
                                .extract()
                                .<Integer>path("version")
                        == version);
        given().baseUri(replica2)
                .get("/api/sessions/" + session)
                .then()
                .statusCode(200)
                .body("seatsLeft", org.hamcrest.Matchers.equalTo(10));

        double firstBefore = served(agendaPort, REGISTER_ROUTE);
        double secondBefore = served(agendaPort + Suite.REPLICA_OFFSET, REGISTER_ROUTE);
        List<Callable<Integer>> registrations = attendeeTokens.stream()
                .<Callable<Integer>>map(token -> () -> given().baseUri(Suite.GATEWAY_OF_REPLICAS)
                        .auth()
                        .oauth2(token)
                        .post("/api/sessions/" + session + "/registrations")
                        .statusCode())
                .toList();
        Map<Integer, Long> codes = Suite.concurrently(50, registrations).stream()
                .collect(Collectors.groupingBy(c -> c, Collectors.counting()));
        assertEquals(Map.of(201, 10L, 409, 90L), codes);
        assertEquals(
                10,
                TestDb.count(
                        "summit_agenda_test", "select count(*) from registration where session_id = ?::uuid", session));
        for (String replica : List.of("http://127.0.0.1:" + agendaPort, replica2)) { // each replica's memory
            Awaitility.await()
                    .atMost(FRESH)
                    .pollInterval(Duration.ofMillis(10))
                    .until(() -> given().baseUri(replica)
                                    .get("/api/sessions/" + session)
                                    .then()
                                    .statusCode(200)
                                    .extract()
                                    .<Integer>path("seatsLeft")
                            == 0);
        }
        double first = served(agendaPort, REGISTER_ROUTE) - firstBefore;
        double second = served(agendaPort + Suite.REPLICA_OFFSET, REGISTER_ROUTE) - secondBefore;
        assertEquals(100, first + second, 0.001);
        assertTrue(first > 0 && second > 0, "replica 1 served " + first + ", replica 2 " + second);
    }

    @Test
    @Order(3)
    void anInvitationReplicaKilledMidBurstLosesNoSeatAndGivesNoneTwice() throws Exception {
        Map<String, String> invitations = Suite.invite(Suite.GATEWAY_OF_REPLICAS, organizer, 200, "killed");
        Suite.freeSeats(organizer, 40);
        AtomicInteger started = new AtomicInteger();
        List<Callable<String>> accepts = invitations.entrySet().stream()
                .<Callable<String>>map(e -> () -> {
                    started.incrementAndGet();
                    String address = Suite.clientAddress();
                    // a client whose request was cut off retries (accepting is idempotent: the same answer again)
                    for (int attempt = 0; attempt < 20; attempt++) {
                        Response r = given().baseUri(Suite.GATEWAY_OF_REPLICAS)
                                .header("X-Forwarded-For", address)
                                .post("/api/rsvp/" + e.getValue() + "/accept");
                        if (r.statusCode() == 200) {
                            return e.getKey() + "=" + r.path("status");
                        }
                        assertTrue(
                                r.statusCode() == 503 || r.statusCode() == 504,
                                "only the lost replica may fail: " + r.asString());
                        Thread.sleep(200);
                    }
                    throw new AssertionError("no answer after 20 attempts for " + e.getKey());
                })
                .toList();
        ExecutorService pool = Executors.newFixedThreadPool(40);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (Callable<String> accept : accepts) {
                answers.add(pool.submit(accept));
            }
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> started.get() >= 60);
            Suite.killReplica("invitation-service");
            Map<String, String> answered = new HashMap<>();
            for (Future<String> f : answers) {
                String[] idAndStatus = f.get().split("=");
                answered.put(idAndStatus[0], idAndStatus[1]);
            }
            Map<String, Long> outcome =
                    answered.values().stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
            assertEquals(Map.of("ACCEPTED", 40L, "WAITLISTED", 160L), outcome);
            // what each client was told is what was stored: no seat lost, none given twice
            List<String> ids = new ArrayList<>(invitations.keySet());
            assertEquals(
                    40,
                    TestDb.count(
                            "summit_invitation_test",
                            "select count(*) from invitation where id in " + inList(ids) + " and status = 'ACCEPTED'"));
            for (Map.Entry<String, String> e : answered.entrySet()) {
                assertEquals(
                        e.getValue(),
                        TestDb.text(
                                "summit_invitation_test",
                                "select status from invitation where id = ?::uuid",
                                e.getKey()),
                        e.getKey());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
