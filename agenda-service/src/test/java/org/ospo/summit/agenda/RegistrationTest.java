package org.ospo.summit.agenda;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.ospo.summit.platform.testing.Json;
import org.ospo.summit.platform.testing.TestDb;
import org.ospo.summit.platform.testing.TestKafka;
import org.ospo.summit.platform.testing.TestTokens;

/** Registrations: eligibility from real attendee events, seats under concurrency, withdrawal frees seats. */
@QuarkusTest
class RegistrationTest {
    private static final String PROBLEM = "application/problem+json";

    @TestHTTPResource("/")
    URL base;

    static void attendeeEvent(String type, UUID attendee) {
        TestKafka.sendCloudEvent(
                "summit.attendees",
                attendee.toString(),
                UUID.randomUUID().toString(),
                type,
                attendeeData(type, attendee));
    }

    /** the data of attendee.registered, .withdrawn or .erased about {@code attendee} (the first edition's) */
    static String attendeeData(String type, UUID attendee) {
        return switch (type) {
            case "attendee.registered" ->
                "{\"attendeeId\": \"" + attendee + "\", \"invitationId\": \"" + UUID.randomUUID()
                        + "\", \"fullName\": \"A\", \"company\": \"C\", \"registeredAt\": \"2027-01-10T10:00:00+08:00\"}";
            case "attendee.withdrawn" ->
                "{\"attendeeId\": \"" + attendee + "\", \"invitationId\": \"" + UUID.randomUUID()
                        + "\", \"reason\": \"DECLINED\", \"withdrawnAt\": \"2027-01-11T10:00:00+08:00\"}";
            default ->
                "{\"attendeeId\": \"" + attendee + "\", \"invitationId\": \"" + UUID.randomUUID()
                        + "\", \"erasedAt\": \"2027-01-11T10:00:00+08:00\"}";
        };
    }

    static void awaitEligible(List<UUID> attendees, String status) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> TestDb.count(
                                "summit_agenda_test",
                                "select count(*) from attendee_eligibility where attendee_id = any(?) and status = ?",
                                attendees.toArray(UUID[]::new),
                                status)
                        == attendees.size());
    }

    static UUID eligible() {
        UUID attendee = UUID.randomUUID();
        attendeeEvent("attendee.registered", attendee);
        awaitEligible(List.of(attendee), "ACTIVE");
        return attendee;
    }

    /** A published session in a fresh room; returns its id. */
    static String publishedSession(int capacity, String from, String to) {
        String room = AgendaDraftAndPublishTest.room(100);
        String body = Json.with(
                AgendaDraftAndPublishTest.session(
                        "Session " + UUID.randomUUID(), room, "S " + UUID.randomUUID(), from, to),
                "capacity",
                capacity);
        String id = AgendaDraftAndPublishTest.created(body);
        given().auth()
                .oauth2(TestTokens.organizer())
                .post("/api/agenda/publish")
                .then()
                .statusCode(200);
        return id;
    }

    static io.restassured.response.ValidatableResponse register(UUID attendee, String session) {
        return given().auth()
                .oauth2(TestTokens.attendee(attendee))
                .post("/api/sessions/" + session + "/registrations")
                .then();
    }

    @Test
    void anAttendeeRegistersLeavesAndCannotDoubleBookThemselves() {
        UUID me = eligible();
        String morning = publishedSession(5, "08:00", "09:00");
        String clash = publishedSession(5, "08:30", "09:30");
        register(me, morning).statusCode(201).body("seatsLeft", equalTo(4));
        register(me, morning).statusCode(200).body("seatsLeft", equalTo(4));
        given().get("/api/sessions/" + morning).then().statusCode(200).body("seatsLeft", equalTo(4));
        register(me, clash)
                .statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/registration-overlap"))
                .body("clashingSessionId", equalTo(morning));
        given().auth()
                .oauth2(TestTokens.attendee(me))
                .get("/api/agenda/me")
                .then()
                .statusCode(200)
                .body("sessions.id", equalTo(List.of(morning)));
        given().auth()
                .oauth2(TestTokens.attendee(me))
                .delete("/api/sessions/" + morning + "/registrations/me")
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(TestTokens.attendee(me))
                .delete("/api/sessions/" + morning + "/registrations/me")
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
        register(me, clash).statusCode(201);
        register(me, UUID.randomUUID().toString()).statusCode(404).contentType(PROBLEM);
    }

    @Test
    void onlyAcceptedAttendeesRegister() {
        String session = publishedSession(5, "07:00", "07:30");
        register(UUID.randomUUID(), session).statusCode(403).contentType(PROBLEM);
        given().auth()
                .oauth2(TestTokens.organizer())
                .post("/api/sessions/" + session + "/registrations")
                .then()
                .statusCode(403);
        given().post("/api/sessions/" + session + "/registrations").then().statusCode(401);
        given().get("/api/agenda/me").then().statusCode(401);
    }

    @Test
    void withdrawalAndErasureFreeTheSeatsAndEndEligibility() throws Exception {
        String session = publishedSession(2, "06:00", "06:30");
        UUID leaving = eligible();
        UUID erased = eligible();
        register(leaving, session).statusCode(201);
        register(erased, session).statusCode(201).body("seatsLeft", equalTo(0));
        register(eligible(), session).statusCode(409).body("type", equalTo("/problems/session-full"));
        attendeeEvent("attendee.withdrawn", leaving);
        attendeeEvent("attendee.erased", erased);
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> given().get("/api/sessions/" + session).<Integer>path("seatsLeft") == 2);
        assertCounterMatches(session);
        register(leaving, session).statusCode(403);
        // a late (replayed) registration event does not make a withdrawn attendee eligible again
        attendeeEvent("attendee.registered", leaving);
        UUID probe = eligible();
        register(probe, session).statusCode(201);
        register(leaving, session).statusCode(403);
    }

    @Test
    void threeHundredConcurrentRegistrationsForTwentySeats() throws Exception {
        String session = publishedSession(20, "05:00", "05:45");
        List<UUID> attendees = eligibleAttendees(300);
        Map<Integer, Long> statuses = allAtOnce(
                        attendees.stream().map(a -> new Post(a, session)).toList())
                .stream()
                .collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
        assertEquals(Map.of(201, 20L, 409, 280L), statuses);
        given().get("/api/sessions/" + session).then().body("seatsLeft", equalTo(0));
        assertCounterMatches(session);

        // 20 leave while 100 more try: whatever the order, never more than 20, and the counter stays true
        List<Post> rush = new ArrayList<>();
        eligibleAttendees(100).forEach(a -> rush.add(new Post(a, session)));
        String url = base + "api/sessions/" + session + "/registrations/me";
        HttpClient http = HttpClient.newHttpClient();
        List<CompletableFuture<HttpResponse<String>>> leaves = new ArrayList<>();
        for (UUID a : registered(session)) {
            leaves.add(http.sendAsync(
                    HttpRequest.newBuilder(URI.create(url))
                            .header("Authorization", "Bearer " + TestTokens.attendee(a))
                            .DELETE()
                            .build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        List<HttpResponse<String>> registrations = allAtOnce(rush);
        leaves.stream().map(CompletableFuture::join).forEach(r -> assertEquals(204, r.statusCode(), r.body()));
        long made = registrations.stream().filter(r -> r.statusCode() == 201).count();
        assertTrue(made <= 20, made + " registrations for the 20 seats freed");
        registrations.forEach(
                r -> assertTrue(r.statusCode() == 201 || r.body().contains("/problems/session-full"), r.body()));
        assertEquals(made, registered(session).size());
        assertCounterMatches(session);
    }

    /** One attendee registering for ten sessions at the same time as each other, all at once: one, never two. */
    @Test
    void overlappingRegistrationsOfOneAttendeeAtOnceTakeOneSession() throws Exception {
        UUID attendee = eligible();
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            posts.add(new Post(attendee, publishedSession(5, "04:00", "04:30")));
        }
        Map<Integer, Long> statuses = allAtOnce(posts).stream()
                .collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
        assertEquals(Map.of(201, 1L, 409, 9L), statuses);
        for (Post p : posts) {
            assertCounterMatches(p.session());
        }
    }

    private record Post(UUID attendee, String session) {}

    private List<HttpResponse<String>> allAtOnce(List<Post> posts) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (Post p : posts) {
            answers.add(http.sendAsync(
                    HttpRequest.newBuilder(URI.create(base + "api/sessions/" + p.session() + "/registrations"))
                            .header("Authorization", "Bearer " + TestTokens.attendee(p.attendee()))
                            .POST(HttpRequest.BodyPublishers.noBody())
                            .timeout(Duration.ofSeconds(120))
                            .build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        return answers.stream().map(CompletableFuture::join).toList();
    }

    private static List<UUID> eligibleAttendees(int n) {
        List<UUID> attendees = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            UUID a = UUID.randomUUID();
            attendees.add(a);
            attendeeEvent("attendee.registered", a);
        }
        awaitEligible(attendees, "ACTIVE");
        return attendees;
    }

    private static List<UUID> registered(String session) throws Exception {
        return TestDb.column(
                        "summit_agenda_test",
                        "select attendee_id from registration where session_id = ?",
                        UUID.fromString(session))
                .stream()
                .map(UUID::fromString)
                .toList();
    }

    /** The session's seat counter equals its registrations. */
    static void assertCounterMatches(String session) throws Exception {
        assertEquals(
                1L,
                TestDb.count(
                        "summit_agenda_test",
                        "select count(*) from agenda_session s where s.id = ? and "
                                + "s.seats_taken = (select count(*) from registration r where r.session_id = s.id)",
                        UUID.fromString(session)),
                "seats_taken counts the registrations of " + session);
    }
}
