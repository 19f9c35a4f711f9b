package org.ospo.summit.attendee;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ospo.summit.platform.testing.EventStream;
import org.ospo.summit.platform.testing.Json;
import org.ospo.summit.platform.testing.TestDb;
import org.ospo.summit.platform.testing.TestKafka;
import org.ospo.summit.platform.testing.TestTokens;
import org.ospo.summit.platform.time.SummitClock;

/**
 * The door, through the broker: a badge checks its attendee in once (two doors scanning at once included) and is
 * announced; a live scan again is a 409 naming the first time; offline scans uploaded later are idempotent and keep
 * the earliest; forged codes and other editions' badges are refused; a withdrawal makes the badge useless at once.
 * The service's clock is on the summit's day.
 */
@QuarkusTest
class CheckInTest {
    private static final String DB = "summit_attendee_test";

    private static final OffsetDateTime DOORS_OPEN = OffsetDateTime.parse("2027-03-20T08:30:00+08:00");

    @Inject
    SummitClock clock;

    private int current;

    /** the current edition (whichever the other tests left current) is today's: the clock is on its day */
    @BeforeEach
    void summitDay() throws Exception {
        current = (int) TestDb.count(DB, "select coalesce((select id from known_edition where current), 1)");
        BadgeTest.summitDays(
                current,
                OffsetDateTime.parse("2027-03-20T09:00:00+08:00"),
                OffsetDateTime.parse("2027-03-20T18:00:00+08:00"));
        clock.travelTo(DOORS_OPEN.toInstant());
    }

    @AfterEach
    void backToTheTestDay() {
        clock.reset();
    }

    /** an attendee of the current edition */
    private UUID registered(String name) {
        UUID attendee = UUID.randomUUID();
        TestKafka.sendCloudEvent(
                "summit.invitations",
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString(),
                "invitation.accepted",
                Json.with(
                        InvitationEventsConsumerTest.accepted(UUID.randomUUID(), attendee, name), "summitId", current));
        InvitationEventsConsumerTest.awaitAttendee(attendee);
        return attendee;
    }

    @Test
    void aBadgeChecksItsAttendeeInOnceAndIsAnnounced() throws Exception {
        UUID attendee = registered("Door Person");
        String code = code(attendee);
        try (TestKafka.Reader events = TestKafka.tail("summit.attendees")) {
            String first = scan(TestTokens.staff(), code)
                    .statusCode(201)
                    .body("attendeeId", equalTo(attendee.toString()))
                    .body("fullName", equalTo("Door Person"))
                    .extract()
                    .path("checkedInAt");

            scan(TestTokens.organizer(), code)
                    .statusCode(409)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/already-checked-in"))
                    .body("checkedInAt", equalTo(first));

            ConsumerRecord<String, String> announced = events.await(
                    r -> attendee.toString().equals(r.key())
                            && "attendee.checked-in".equals(TestKafka.header(r, "ce_type")),
                    Duration.ofSeconds(30));
            assertEquals(
                    false,
                    new ObjectMapper()
                            .readTree(announced.value())
                            .path("offline")
                            .asBoolean(true));
        }
        assertEquals(1, TestDb.count(DB, "select count(*) from check_in where attendee_id = ?", attendee));
        given().auth()
                .oauth2(TestTokens.staff())
                .get("/api/checkins/" + attendee)
                .then()
                .statusCode(200)
                .body("fullName", equalTo("Door Person"));
    }

    @Test
    void theDoorIsStreamedAsItHappensFromEveryReplica() throws Exception {
        UUID first = registered("Stream First");
        UUID second = registered("Stream Second");
        UUID third = registered("Stream Third");
        String firstCode = code(first);
        URI stream = URI.create("http://localhost:" + RestAssured.port + "/api/checkins/stream");
        try (EventStream door = new EventStream(stream, TestTokens.organizer())) {
            assertEquals(200, door.response(Duration.ofSeconds(10)).statusCode());
            assertEquals(
                    "text/event-stream",
                    door.response(Duration.ZERO)
                            .headers()
                            .firstValue("Content-Type")
                            .orElse("")
                            .split(";")[0]);
            assertEquals(Map.of("comment", "connected"), door.next(Duration.ofSeconds(10)));

            scan(TestTokens.staff(), firstCode).statusCode(201);
            Map<String, String> event = door.nextEvent(Duration.ofSeconds(10));
            assertEquals("check-in", event.get("event"));
            assertEquals(first.toString(), event.get("id"));
            JsonNode data = new ObjectMapper().readTree(event.get("data"));
            assertEquals("Stream First", data.path("fullName").asText());
            assertEquals(first.toString(), data.path("attendeeId").asText());
            assertEquals(
                    format(OffsetDateTime.parse(
                            scan(TestTokens.staff(), firstCode).extract().path("checkedInAt"))),
                    data.path("checkedInAt").asText(),
                    "the time of the first scan, in the API's format");

            // the same attendee again (409) and an offline scan moving them earlier are no new arrivals; an offline
            // upload of another is one
            offline(firstCode, DOORS_OPEN.minusMinutes(5)).statusCode(200);
            offline(code(second), DOORS_OPEN.minusMinutes(1)).statusCode(201);
            event = door.nextEvent(Duration.ofSeconds(10));
            assertEquals(second.toString(), event.get("id"));

            // a check-in another replica recorded reaches this one's streams through the database
            TestDb.execute(
                    DB,
                    "insert into check_in (attendee_id, summit_id, checked_in_at, offline, recorded_at) "
                            + "values (?, ?, now(), false, now())",
                    third,
                    current);
            event = door.nextEvent(Duration.ofSeconds(10));
            assertEquals(third.toString(), event.get("id"));
            assertEquals(
                    "Stream Third",
                    new ObjectMapper()
                            .readTree(event.get("data"))
                            .path("fullName")
                            .asText());

            // the service loses its listening connection: when it listens again, the screen is told to re-read
            TestDb.count(
                    DB,
                    "select count(pg_terminate_backend(pid)) from pg_stat_activity "
                            + "where query like '%LISTEN door_checked_in%' and pid <> pg_backend_pid()");
            event = door.nextEvent(Duration.ofSeconds(15));
            assertEquals("resync", event.get("event"));
            assertEquals(null, door.nextEvent(Duration.ofMillis(500)), "nothing else happened at the door");
        }
        given().auth()
                .oauth2(TestTokens.staff())
                .accept("text/event-stream")
                .get("/api/checkins/stream")
                .then()
                .statusCode(403);
    }

    @Test
    void aCheckInLookedUpIsThereOrA404() {
        for (String id : List.of(UUID.randomUUID().toString(), "not-an-id")) {
            given().auth()
                    .oauth2(TestTokens.staff())
                    .get("/api/checkins/" + id)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json");
        }
        given().auth()
                .oauth2(TestTokens.attendee(UUID.randomUUID()))
                .get("/api/checkins/" + UUID.randomUUID())
                .then()
                .statusCode(403);
    }

    @Test
    void twoDoorsScanningOneBadgeAtOnceCheckItInOnce() throws Exception {
        UUID attendee = registered("Twice Scanned");
        String code = code(attendee);
        Callable<Integer> door = () -> scan(TestTokens.staff(), code).extract().statusCode();
        var doors = Executors.newFixedThreadPool(4);
        try {
            List<Integer> answers = doors.invokeAll(List.of(door, door, door, door)).stream()
                    .map(f -> {
                        try {
                            return f.get();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .sorted()
                    .toList();
            assertEquals(List.of(201, 409, 409, 409), answers);
        } finally {
            doors.shutdown();
        }
        assertEquals(
                1,
                TestDb.count(
                        "summit_attendee_test",
                        "select count(*) from outbox_event where aggregate_id = ? and event_type = 'attendee.checked-in'",
                        attendee.toString()));
    }

    @Test
    void offlineScansUploadedLaterAreIdempotentAndKeepTheEarliest() throws Exception {
        UUID attendee = registered("Offline Person");
        String code = code(attendee);
        OffsetDateTime later = DOORS_OPEN.minusMinutes(10);
        OffsetDateTime earlier = later.minusMinutes(30);

        offline(code, later).statusCode(201);
        offline(code, later).statusCode(200);
        offline(code, earlier).statusCode(200).body("checkedInAt", equalTo(format(earlier)));
        offline(code, later).statusCode(200).body("checkedInAt", equalTo(format(earlier)));

        assertEquals(
                2,
                TestDb.count(
                        DB,
                        "select count(*) from outbox_event where aggregate_id = ? and event_type = 'attendee.checked-in'",
                        attendee.toString()),
                "the first check-in, then the move to the earlier scan");
        offline(code, DOORS_OPEN.plusHours(1)).statusCode(400).body("violations[0].field", equalTo("scannedAt"));
    }

    @Test
    void aBatchOfOfflineScansReportsEachAndReplaysIdempotently() throws Exception {
        UUID first = registered("Batch One");
        UUID second = registered("Batch Two");
        String batch = "{\"scans\": [" + offlineScan(code(first), DOORS_OPEN.minusMinutes(20)) + ", "
                + offlineScan("not-a-badge", DOORS_OPEN.minusMinutes(19)) + ", "
                + offlineScan(code(second), DOORS_OPEN.minusMinutes(18)) + "]}";

        upload(batch)
                .statusCode(200)
                .body("results.index", contains(0, 1, 2))
                .body("results.outcome", contains("CHECKED_IN", "INVALID", "CHECKED_IN"))
                .body("results[0].attendeeId", equalTo(first.toString()))
                .body("results[1].detail", startsWith("Not a valid badge"));
        upload(batch).statusCode(200).body("results.outcome", contains("ALREADY_IN", "INVALID", "ALREADY_IN"));

        assertEquals(
                2,
                TestDb.count(
                        DB,
                        "select count(*) from outbox_event where event_type = 'attendee.checked-in' "
                                + "and aggregate_id in (?, ?)",
                        first.toString(),
                        second.toString()),
                "one announcement each, the replay announced nothing");
        upload("{\"scans\": []}").statusCode(400);
    }

    @Test
    void theStatsCountWhoCameInPerHour() throws Exception {
        JsonNode before = stats();
        UUID attendee = registered("Counted Person");
        JsonNode registered = stats();
        assertEquals(
                before.path("expected").asLong() + 1,
                registered.path("expected").asLong());

        scan(TestTokens.staff(), code(attendee)).statusCode(201);

        JsonNode after = stats();
        assertEquals(
                registered.path("checkedIn").asLong() + 1,
                after.path("checkedIn").asLong());
        assertEquals(
                registered.path("notYet").asLong() - 1, after.path("notYet").asLong());
        assertEquals(
                hour(registered, "2027-03-20T08:00:00.000+08:00") + 1, hour(after, "2027-03-20T08:00:00.000+08:00"));
        given().auth()
                .oauth2(TestTokens.staff())
                .get("/api/checkins/stats")
                .then()
                .statusCode(403);
    }

    private static JsonNode stats() throws Exception {
        return new ObjectMapper()
                .readTree(given().auth()
                        .oauth2(TestTokens.organizer())
                        .get("/api/checkins/stats")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
    }

    private static long hour(JsonNode stats, String hour) {
        for (JsonNode h : stats.path("byHour")) {
            if (hour.equals(h.path("hour").asText())) {
                return h.path("checkedIn").asLong();
            }
        }
        return 0;
    }

    private static String offlineScan(String code, OffsetDateTime at) {
        return Json.with("{}", "code", code, "scannedAt", at.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }

    private static ValidatableResponse upload(String batch) {
        return given().auth()
                .oauth2(TestTokens.staff())
                .contentType(ContentType.JSON)
                .body(batch)
                .post("/api/checkins/batch")
                .then();
    }

    @Test
    void aBadgeScannedOutsideItsDaysSaysSo() {
        String code = code(registered("Early Bird"));
        for (OffsetDateTime when : List.of(DOORS_OPEN.minusDays(3), DOORS_OPEN.plusDays(3))) {
            clock.travelTo(when.toInstant());
            scan(TestTokens.staff(), code)
                    .statusCode(400)
                    .body("type", equalTo("/problems/badge-invalid"))
                    .body("detail", containsString("valid only from the day before the summit"));
        }
    }

    @Test
    void forgedCodesOtherEditionsAndWithdrawnAttendeesAreRefused() throws Exception {
        scan(TestTokens.staff(), "not-a-badge")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/badge-invalid"));
        // a sign-in token is signed by the suite too, but it is no badge
        scan(TestTokens.staff(), TestTokens.attendee(UUID.randomUUID()))
                .statusCode(400)
                .body("type", equalTo("/problems/badge-invalid"));

        UUID attendee = registered("Gone Person");
        String code = code(attendee);
        TestKafka.sendCloudEvent(
                "summit.invitations",
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString(),
                "invitation.declined",
                "{\"invitationId\": \"" + UUID.randomUUID() + "\", \"summitId\": " + current + ", \"attendeeId\": \""
                        + attendee
                        + "\", \"reason\": \"plans changed\", \"declinedAt\": \"2027-02-01T10:00:00+08:00\"}");
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> scan(TestTokens.staff(), code).extract().statusCode() == 410);

        // only staff and organizers scan
        scan(TestTokens.attendee(attendee), code).statusCode(403);
        given().contentType(ContentType.JSON)
                .body("{\"code\": \"x\"}")
                .post("/api/checkins")
                .then()
                .statusCode(401);
    }

    private static String code(UUID attendee) {
        return given().auth()
                .oauth2(TestTokens.attendee(attendee))
                .get("/api/attendees/me/badge")
                .then()
                .statusCode(200)
                .extract()
                .path("code");
    }

    private static ValidatableResponse scan(String token, String code) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Json.with("{}", "code", code))
                .post("/api/checkins")
                .then();
    }

    private static ValidatableResponse offline(String code, OffsetDateTime scannedAt) {
        return given().auth()
                .oauth2(TestTokens.staff())
                .contentType(ContentType.JSON)
                .body(Json.with(
                        "{}", "code", code, "scannedAt", scannedAt.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)))
                .post("/api/checkins")
                .then();
    }

    private static String format(OffsetDateTime at) {
        return at.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX"));
    }
}
