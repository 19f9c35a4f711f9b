package org.ospo.summit.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ospo.summit.platform.testing.EventStream;
import org.ospo.summit.platform.testing.TestDb;

/**
 * A summit day through the gateway, with the packaged services and real Kafka: two invitees accept, prepare, opt in
 * to networking, find each other among the suggestions and are introduced (emails only once accepted); the door's
 * stream of server-sent events reaches an organizer through the gateway as a check-in is recorded; feedback is
 * refused before the summit starts.
 */
class SummitDayIT {
    @BeforeAll
    static void suite() {
        Suite.startBehindGateway();
    }

    @Test
    void twoPeersAreIntroducedAndTheDoorIsWatchedThroughTheGateway() throws Exception {
        String organizer = Suite.organizerToken();
        int seatsBefore = Suite.seatsLeft(organizer);
        Suite.freeSeats(organizer, 2);
        List<String> tokens = new ArrayList<>();
        List<String> attendees = new ArrayList<>();
        try {
            for (String rsvp :
                    Suite.invite(Suite.GATEWAY, organizer, 2, "summit-day").values()) {
                tokens.add(given().post("/api/rsvp/" + rsvp + "/accept")
                        .then()
                        .statusCode(200)
                        .body("status", equalTo("ACCEPTED"))
                        .extract()
                        .path("accessToken"));
            }
        } finally {
            Suite.freeSeats(organizer, seatsBefore);
        }
        String tag = UUID.randomUUID().toString().substring(0, 8);
        for (String token : tokens) {
            Awaitility.await()
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> given().auth()
                                    .oauth2(token)
                                    .get("/api/attendees/me")
                                    .statusCode()
                            == 200);
            attendees.add(given().auth().oauth2(token).get("/api/attendees/me").path("id"));
            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body("{\"problems\": [\"Licence review backlog " + tag + "\"], \"topics\": [\"LEGAL\"]}")
                    .put("/api/attendees/me/preparation")
                    .then()
                    .statusCode(200);
            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body("{\"optIn\": true, \"offers\": [\"Inner source " + tag + "\"], \"seeks\": []}")
                    .put("/api/attendees/me/networking")
                    .then()
                    .statusCode(200);
        }

        given().auth()
                .oauth2(tokens.get(0))
                .get("/api/attendees/me/introductions")
                .then()
                .statusCode(200)
                .body("peers.attendeeId", hasItem(attendees.get(1)));
        String id = given().auth()
                .oauth2(tokens.get(0))
                .contentType(ContentType.JSON)
                .body("{\"toAttendeeId\": \"" + attendees.get(1) + "\", \"message\": \"Coffee?\"}")
                .post("/api/introductions")
                .then()
                .statusCode(201)
                .body("to.email", nullValue())
                .extract()
                .path("id");
        given().auth()
                .oauth2(tokens.get(1))
                .get("/api/introductions?box=inbox")
                .then()
                .statusCode(200)
                .body("items.id", contains(id));
        String askerEmail = given().auth()
                .oauth2(tokens.get(1))
                .post("/api/introductions/" + id + "/accept")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .extract()
                .path("from.email");
        assertEquals(true, askerEmail.startsWith("summit-day-"), askerEmail);

        // the door, watched by an organizer through the gateway: a check-in recorded (here straight into the
        // database, as any replica's would be) reaches the open stream
        try (EventStream door = new EventStream(URI.create(Suite.GATEWAY + "/api/checkins/stream"), organizer)) {
            assertEquals(200, door.response(Duration.ofSeconds(10)).statusCode());
            assertEquals(Map.of("comment", "connected"), door.next(Duration.ofSeconds(10)));
            TestDb.execute(
                    "summit_attendee_test",
                    "insert into check_in (attendee_id, summit_id, checked_in_at, offline, recorded_at) "
                            + "select id, summit_id, now(), false, now() from attendee where id = ?",
                    UUID.fromString(attendees.get(1)));
            Map<String, String> event = door.nextEvent(Duration.ofSeconds(10));
            assertEquals("check-in", event.get("event"));
            assertEquals(attendees.get(1), event.get("id"));
        }
        // feedback waits for the summit to start (the suite's clock is weeks before it); 403 only until
        // attendee.registered has reached agenda-service through the broker
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> given().auth()
                                .oauth2(tokens.get(0))
                                .contentType(ContentType.JSON)
                                .body("{\"rating\": 5}")
                                .post("/api/feedback")
                                .statusCode()
                        != 403);
        given().auth()
                .oauth2(tokens.get(0))
                .contentType(ContentType.JSON)
                .body("{\"rating\": 5, \"comment\": \"Looking forward\"}")
                .post("/api/feedback")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(organizer)
                .get("/api/introductions/stats")
                .then()
                .statusCode(200)
                .body("accepted", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
    }
}
