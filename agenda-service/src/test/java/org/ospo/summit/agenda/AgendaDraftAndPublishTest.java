package org.ospo.summit.agenda;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ospo.summit.platform.testing.Json;
import org.ospo.summit.platform.testing.TestKafka;
import org.ospo.summit.platform.testing.TestTokens;

/** Rooms, sessions with conflicts, and publishing numbered versions with a changelog. */
@QuarkusTest
class AgendaDraftAndPublishTest {
    private static final String PROBLEM = "application/problem+json";

    static String room(int capacity) {
        return given().auth()
                .oauth2(TestTokens.organizer())
                .contentType(ContentType.JSON)
                .body("{\"name\": \"Room " + UUID.randomUUID() + "\", \"capacity\": " + capacity + "}")
                .post("/api/rooms")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** a session on the summit's day (2027-03-20) from {@code from} to {@code to} (HH:mm, Shanghai time) */
    static String session(String title, String roomId, String speaker, String from, String to) {
        return session(title, roomId, speaker, "2027-03-20", from, to);
    }

    /** the same on another day (yyyy-MM-dd) */
    static String session(String title, String roomId, String speaker, String day, String from, String to) {
        return "{\"title\": \"" + title + "\", \"abstract\": \"About " + title + "\", \"kind\": \"ROUNDTABLE\", "
                + "\"topics\": [\"LEGAL\", \"MANAGEMENT\"], \"speakers\": [{\"name\": \"" + speaker + "\", "
                + "\"company\": \"Example Tech\"}], \"roomId\": \"" + roomId + "\", \"startsAt\": \"" + day + "T" + from
                + ":00+08:00\", \"endsAt\": \"" + day + "T" + to + ":00+08:00\"}";
    }

    static io.restassured.response.ValidatableResponse post(String body) {
        return given().auth()
                .oauth2(TestTokens.organizer())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/sessions")
                .then();
    }

    static String created(String body) {
        String location = post(body).statusCode(201).extract().header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    @Test
    void roomsAreNamedOnceAndOnlyOrganizersManageThem() {
        String name = "Hall " + UUID.randomUUID();
        given().auth()
                .oauth2(TestTokens.organizer())
                .contentType(ContentType.JSON)
                .body("{\"name\": \"" + name + "\", \"capacity\": 80}")
                .post("/api/rooms")
                .then()
                .statusCode(201)
                .header("Location", notNullValue())
                .body("capacity", equalTo(80));
        given().auth()
                .oauth2(TestTokens.organizer())
                .contentType(ContentType.JSON)
                .body("{\"name\": \"" + name + "\", \"capacity\": 20}")
                .post("/api/rooms")
                .then()
                .statusCode(409)
                .contentType(PROBLEM);
        given().auth()
                .oauth2(TestTokens.organizer())
                .contentType(ContentType.JSON)
                .body("{\"name\": \"\", \"capacity\": 0}")
                .post("/api/rooms")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("name"))
                .body("violations.field", hasItem("capacity"));
        given().auth()
                .oauth2(TestTokens.organizer())
                .get("/api/rooms")
                .then()
                .statusCode(200)
                .body("name", hasItem(name));
        given().get("/api/rooms").then().statusCode(401);
        given().auth()
                .oauth2(TestTokens.attendee(UUID.randomUUID()))
                .get("/api/rooms")
                .then()
                .statusCode(403);
    }

    /** The draft session's ETag is the If-Match of its PUT: the organizer who saves second with an old tag gets 412. */
    @Test
    void twoOrganizersEditingOneSessionDoNotOverwriteEachOther() {
        String hall = room(40);
        String speaker = "Speaker " + UUID.randomUUID();
        var created = post(session("Licences", hall, speaker, "13:00", "14:00"))
                .statusCode(201)
                .extract();
        String id = created.path("id");
        String tag = created.header("ETag");
        given().auth()
                .oauth2(TestTokens.organizer())
                .get("/api/sessions/" + id + "/draft")
                .then()
                .statusCode(200)
                .header("ETag", tag)
                .body("title", equalTo("Licences"))
                .body("startsAt", equalTo("2027-03-20T13:00:00.000+08:00"));
        String theirs = given().auth()
                .oauth2(TestTokens.organizer())
                .contentType(ContentType.JSON)
                .header("If-Match", tag)
                .body(session("Licences in products", hall, speaker, "13:00", "14:00"))
                .put("/api/sessions/" + id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        org.junit.jupiter.api.Assertions.assertNotEquals(tag, theirs);
        given().auth()
                .oauth2(TestTokens.organizer())
                .contentType(ContentType.JSON)
                .header("If-Match", tag)
                .body(session("Licences, once more", hall, speaker, "15:00", "16:00"))
                .put("/api/sessions/" + id)
                .then()
                .statusCode(412)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/precondition-failed"))
                .body("currentETag", equalTo(theirs));
        given().auth()
                .oauth2(TestTokens.organizer())
                .get("/api/sessions/" + id + "/draft")
                .then()
                .statusCode(200)
                .header("ETag", theirs)
                .body("title", equalTo("Licences in products"));
        given().auth()
                .oauth2(TestTokens.organizer())
                .header("If-None-Match", theirs)
                .get("/api/sessions/" + id + "/draft")
                .then()
                .statusCode(304);
        given().auth()
                .oauth2(TestTokens.attendee(UUID.randomUUID()))
                .get("/api/sessions/" + id + "/draft")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TestTokens.organizer())
                .get("/api/sessions/" + UUID.randomUUID() + "/draft")
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
    }

    @Test
    void sessionsAreValidatedAndDoubleBookingNamesTheClash() {
        String hall = room(40);
        String other = room(40);
        String speaker = "Speaker " + UUID.randomUUID();
        String first = created(session("Keynote", hall, speaker, "09:00", "10:00"));
        post(session("Same room", hall, "Someone " + UUID.randomUUID(), "09:30", "10:30"))
                .statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/agenda-conflict"))
                .body("clashingSessionId", equalTo(first))
                .body("clashingSessionTitle", equalTo("Keynote"));
        post(session("Same speaker", other, "  " + speaker.toUpperCase() + " ", "09:45", "10:15"))
                .statusCode(409)
                .body("clashingSessionId", equalTo(first));
        created(session("Right after", hall, speaker, "10:00", "11:00"));
        post(session("Backwards", other, "X " + UUID.randomUUID(), "11:00", "10:00"))
                .statusCode(400)
                .body("violations[0].field", equalTo("endsAt"));
        post(session("Nowhere", UUID.randomUUID().toString(), "Y " + UUID.randomUUID(), "12:00", "13:00"))
                .statusCode(400)
                .body("violations[0].field", equalTo("roomId"));
        post(Json.with(session("Too big", other, "Z " + UUID.randomUUID(), "12:00", "13:00"), "capacity", 41))
                .statusCode(400)
                .body("violations[0].field", equalTo("capacity"));
        post("{\"title\": \"\", \"kind\": \"PARTY\"}").statusCode(400).contentType(PROBLEM);
        post("{\"title\": ").statusCode(400).contentType(PROBLEM);
        given().contentType(ContentType.JSON)
                .body(session("Anon", hall, "A", "13:00", "14:00"))
                .post("/api/sessions")
                .then()
                .statusCode(401);
        given().auth()
                .oauth2(TestTokens.attendee(UUID.randomUUID()))
                .contentType(ContentType.JSON)
                .body(session("Attendee", hall, "A", "13:00", "14:00"))
                .post("/api/sessions")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TestTokens.organizer())
                .contentType(ContentType.JSON)
                .body(session("Ghost", hall, "G", "13:00", "14:00"))
                .put("/api/sessions/" + UUID.randomUUID())
                .then()
                .statusCode(404);
    }

    @Test
    void publishingNumbersVersionsWithTheirChangelog() {
        String hall = room(50);
        String speaker = "Speaker " + UUID.randomUUID();
        String stays = created(session("Stays", hall, speaker, "14:00", "15:00"));
        String moves = created(session("Moves", hall, "Mover " + UUID.randomUUID(), "15:00", "16:00"));
        String goes = created(session("Goes", hall, "Goner " + UUID.randomUUID(), "16:00", "17:00"));
        given().get("/api/sessions/" + stays).then().statusCode(404);

        int v1;
        try (TestKafka.Reader out = TestKafka.tail("summit.agenda")) {
            v1 = given().auth()
                    .oauth2(TestTokens.organizer())
                    .post("/api/agenda/publish")
                    .then()
                    .statusCode(200)
                    .body("changes.findAll { it.type == 'ADDED' }.sessionId", hasItem(stays))
                    .extract()
                    .path("version");
            int version = v1;
            var event = out.await(
                    r -> "agenda.published".equals(TestKafka.header(r, "ce_type"))
                            && r.value().contains("\"version\":" + version + ","),
                    Duration.ofSeconds(30));
            org.junit.jupiter.api.Assertions.assertEquals("agenda", event.key());
        }
        given().auth()
                .oauth2(TestTokens.organizer())
                .post("/api/agenda/publish")
                .then()
                .statusCode(409)
                .contentType(PROBLEM);
        given().get("/api/sessions/" + stays)
                .then()
                .statusCode(200)
                .body("title", equalTo("Stays"))
                .body("capacity", equalTo(50))
                .body("room.id", equalTo(hall));

        given().auth()
                .oauth2(TestTokens.organizer())
                .contentType(ContentType.JSON)
                .body(session("Moved and renamed", hall, "Mover X " + UUID.randomUUID(), "17:00", "18:00"))
                .put("/api/sessions/" + moves)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(TestTokens.organizer())
                .delete("/api/sessions/" + goes)
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(TestTokens.organizer())
                .delete("/api/sessions/" + goes)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.organizer())
                .post("/api/agenda/publish")
                .then()
                .statusCode(200)
                .body("version", equalTo(v1 + 1))
                .body(
                        "changes.findAll { it.sessionId == '" + moves + "' }.type",
                        equalTo(List.of("MOVED", "RETITLED", "UPDATED")))
                .body("changes.findAll { it.sessionId == '" + goes + "' }.type", equalTo(List.of("CANCELLED")))
                .body("changes.findAll { it.sessionId == '" + stays + "' }", equalTo(List.of()));

        given().get("/api/agenda")
                .then()
                .statusCode(200)
                .body("version", equalTo(v1 + 1))
                .body("sessions.id", hasItem(moves))
                // the API's one date-time format, also in the answer kept in memory
                .body("publishedAt", org.hamcrest.Matchers.matchesPattern(".*T.*\\.\\d{3}\\+08:00"))
                .body(
                        "sessions.find { it.id == '" + moves + "' }.startsAt",
                        org.hamcrest.Matchers.matchesPattern(".*T.*\\.\\d{3}\\+08:00"));
        given().get("/api/sessions/" + goes).then().statusCode(410).contentType(PROBLEM);
        given().queryParam("since", v1)
                .get("/api/agenda/changes")
                .then()
                .statusCode(200)
                .body("version", equalTo(List.of(v1 + 1)));
        given().queryParam("since", "latest")
                .get("/api/agenda/changes")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("since"));
        given().post("/api/agenda/publish").then().statusCode(401);
        given().auth()
                .oauth2(TestTokens.attendee(UUID.randomUUID()))
                .post("/api/agenda/publish")
                .then()
                .statusCode(403);
    }
}
