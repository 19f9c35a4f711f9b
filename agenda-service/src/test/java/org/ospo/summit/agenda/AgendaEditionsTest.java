package org.ospo.summit.agenda;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.ospo.summit.platform.testing.TestDb;
import org.ospo.summit.platform.testing.TestKafka;
import org.ospo.summit.platform.testing.TestTokens;

/**
 * The agenda per edition, through the broker: a new edition copied from the first gets its rooms, has its own days,
 * draft, numbered versions and published agenda beside the current one; only its own attendees register for its
 * sessions; closed, it takes no more changes (409 naming it). The edition announced here is never current.
 */
@QuarkusTest
class AgendaEditionsTest {
    private static RequestSpecification organizer() {
        return given().auth().oauth2(TestTokens.organizer()).contentType(ContentType.JSON);
    }

    static String announce(int summitId, String status, Integer copiedFrom, String updatedAt) {
        String ceId = UUID.randomUUID().toString();
        TestKafka.sendCloudEvent(
                "summit.invitations",
                "summit",
                ceId,
                "summit.updated",
                "{\"summitId\": " + summitId
                        + ", \"name\": \"OSPO Summit\", \"year\": 2030, \"status\": \"" + status
                        + "\", \"current\": false, "
                        + "\"startsAt\": \"2030-03-16T09:00:00+08:00\", \"endsAt\": \"2030-03-16T18:00:00+08:00\", "
                        + "\"timezone\": \"Asia/Shanghai\", \"venue\": \"Shanghai\", \"copiedFrom\": " + copiedFrom
                        + ", \"updatedAt\": \"" + updatedAt + "\"}");
        return ceId;
    }

    static void awaitProcessed(String ceId) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> TestDb.count(
                                "summit_agenda_test", "select count(*) from processed_event where event_id = ?", ceId)
                        == 1);
    }

    static void registered(UUID attendee, int summitId) {
        TestKafka.sendCloudEvent(
                "summit.attendees",
                attendee.toString(),
                UUID.randomUUID().toString(),
                "attendee.registered",
                "{\"attendeeId\": \"" + attendee + "\", \"summitId\": " + summitId
                        + ", \"invitationId\": \"" + UUID.randomUUID() + "\", \"fullName\": \"A\", \"company\": \"C\", "
                        + "\"registeredAt\": \"2029-12-10T10:00:00+08:00\"}");
        RegistrationTest.awaitEligible(List.of(attendee), "ACTIVE");
    }

    private static String session(String roomId, String title) {
        return AgendaDraftAndPublishTest.session(
                title, roomId, "Speaker " + UUID.randomUUID(), "2030-03-16", "10:00", "11:00");
    }

    @Test
    void aNewEditionHasItsOwnRoomsDraftVersionsAndAttendees() {
        int edition = ThreadLocalRandom.current().nextInt(10_000, 1_000_000);
        String hall = "Hall " + UUID.randomUUID();
        organizer()
                .body("{\"name\": \"" + hall + "\", \"capacity\": 40}")
                .post("/api/rooms")
                .then()
                .statusCode(201);

        // announced as copied from the first edition: the rooms come along (once, however often it is announced)
        String ceId = announce(edition, "PLANNING", 1, "2029-11-01T10:00:00+08:00");
        awaitProcessed(ceId);
        awaitProcessed(announce(edition, "OPEN", 1, "2029-11-02T10:00:00+08:00"));
        List<String> names = organizer()
                .queryParam("summit", edition)
                .get("/api/rooms")
                .then()
                .statusCode(200)
                .body("name", hasItem(hall))
                .body("summitId", not(hasItem(1)))
                .extract()
                .path("name");
        org.junit.jupiter.api.Assertions.assertEquals(
                names.size(), names.stream().distinct().count(), names.toString());
        String room = organizer()
                .queryParam("summit", edition)
                .get("/api/rooms")
                .then()
                .extract()
                .path("find { it.name == '" + hall + "' }.id");

        // its own days, draft and versions
        AgendaDraftAndPublishTest.post(AgendaDraftAndPublishTest.session("Too early", room, "X", "10:00", "11:00"))
                .statusCode(400)
                .body("violations[0].field", equalTo("startsAt"));
        String title = "Next year " + UUID.randomUUID();
        String id = AgendaDraftAndPublishTest.created(session(room, title));
        organizer()
                .queryParam("summit", edition)
                .get("/api/sessions")
                .then()
                .statusCode(200)
                .body("title", equalTo(List.of(title)))
                .body("[0].summitId", equalTo(edition));
        organizer()
                .queryParam("summit", edition)
                .post("/api/agenda/publish")
                .then()
                .statusCode(200)
                .body("version", equalTo(1));
        given().queryParam("summit", edition)
                .get("/api/agenda")
                .then()
                .statusCode(200)
                .body("version", equalTo(1))
                .body("sessions.title", equalTo(List.of(title)));
        given().get("/api/agenda").then().statusCode(200).body("sessions.title", not(hasItem(title)));
        given().get("/api/sessions/" + id).then().statusCode(200).body("title", equalTo(title));
        given().get("/api/agenda?summit=" + (edition + 1)).then().statusCode(404);
        given().get("/api/agenda?summit=0").then().statusCode(400);

        // only the edition's own attendees register for its sessions
        UUID mine = UUID.randomUUID();
        registered(mine, edition);
        RegistrationTest.register(mine, id).statusCode(201);
        given().auth()
                .oauth2(TestTokens.attendee(mine))
                .get("/api/agenda/me")
                .then()
                .statusCode(200)
                .body("sessions.title", equalTo(List.of(title)));
        RegistrationTest.register(RegistrationTest.eligible(), id).statusCode(404);

        // closed: its draft, publications and registrations no longer change
        awaitProcessed(announce(edition, "CLOSED", 1, "2029-11-03T10:00:00+08:00"));
        AgendaDraftAndPublishTest.post(session(room, "Too late"))
                .statusCode(409)
                .body("type", endsWith("edition-read-only"))
                .body("summitId", equalTo(edition));
        organizer()
                .queryParam("summit", edition)
                .post("/api/agenda/publish")
                .then()
                .statusCode(409);
        organizer()
                .queryParam("summit", edition)
                .body("{\"name\": \"Late room\", \"capacity\": 10}")
                .post("/api/rooms")
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(TestTokens.attendee(mine))
                .delete("/api/sessions/" + id + "/registrations/me")
                .then()
                .statusCode(409);
        given().queryParam("summit", edition)
                .get("/api/agenda")
                .then()
                .statusCode(200)
                .body("version", equalTo(1));
    }
}
