package org.ospo.summit.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ospo.summit.platform.testing.TestDb;

/**
 * The agenda across the three services, through the gateway and the broker: an accepted invitee becomes eligible
 * (invitation.accepted → attendee-service → attendee.registered → agenda-service), registers, gets recommendations
 * from their preparation topics, is mailed when the session moves (session.changed → invitation-service), and frees
 * the seat by declining (attendee.withdrawn).
 */
class AgendaSliceIT {

    @BeforeAll
    static void suite() {
        Suite.startBehindGateway();
    }

    /** a session on the summit's day (2027-03-20) from {@code from} to {@code to} (HH:mm, Shanghai time) */
    static String session(String title, String roomId, String topic, String from, String to) {
        return session(title, roomId, topic, "2027-03-20", from, to);
    }

    /** the same on another day (yyyy-MM-dd) */
    static String session(String title, String roomId, String topic, String day, String from, String to) {
        return "{\"title\": \"" + title + "\", \"kind\": \"ROUNDTABLE\", \"topics\": [\"" + topic
                + "\"], \"speakers\": "
                + "[{\"name\": \"Speaker " + UUID.randomUUID() + "\", \"company\": \"Open Corp\"}], \"roomId\": \""
                + roomId
                + "\", \"startsAt\": \"" + day + "T" + from + ":00+08:00\", \"endsAt\": \"" + day + "T" + to
                + ":00+08:00\", \"capacity\": 3}";
    }

    @Test
    void anInviteeRegistersIsToldOfAMoveAndFreesTheSeatByDeclining() throws Exception {
        String organizer = given().contentType(ContentType.JSON)
                .body("{\"username\": \"organizer\", \"password\": \"summit-local\"}")
                .post("/api/auth/login")
                .then()
                .statusCode(200)
                .extract()
                .path("accessToken");
        String room = given().auth()
                .oauth2(organizer)
                .contentType(ContentType.JSON)
                .body("{\"name\": \"Slice room " + UUID.randomUUID() + "\", \"capacity\": 10}")
                .post("/api/rooms")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String legal = given().auth()
                .oauth2(organizer)
                .contentType(ContentType.JSON)
                .body(session("Slice legal roundtable", room, "LEGAL", "10:00", "11:00"))
                .post("/api/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String hr = given().auth()
                .oauth2(organizer)
                .contentType(ContentType.JSON)
                .body(session("Slice HR roundtable", room, "HR", "11:00", "12:00"))
                .post("/api/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth().oauth2(organizer).post("/api/agenda/publish").then().statusCode(200);

        var created = given().auth()
                .oauth2(organizer)
                .contentType(ContentType.JSON)
                .body("{\"email\": \"agenda-" + UUID.randomUUID() + "@example.com\", \"fullName\": \"Zhao Min\", "
                        + "\"company\": \"Open Corp\", \"locale\": \"en\", \"criteria\": [\"OSPO_PRACTITIONER\"]}")
                .post("/api/invitations")
                .then()
                .statusCode(201)
                .extract();
        String token = created.path("token");
        String invitationId = created.path("id");
        String attendee = given().post("/api/rsvp/" + token + "/accept")
                .then()
                .statusCode(200)
                .extract()
                .path("accessToken");

        // eligibility arrives through two services and the broker
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> given().auth()
                                .oauth2(attendee)
                                .post("/api/sessions/" + legal + "/registrations")
                                .statusCode()
                        == 201);
        given().get("/api/sessions/" + legal).then().statusCode(200).body("seatsLeft", equalTo(2));
        given().auth()
                .oauth2(attendee)
                .get("/api/agenda/me.ics")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/calendar"))
                .body(containsString("UID:" + legal + "@ospo-summit"));

        given().auth()
                .oauth2(attendee)
                .contentType(ContentType.JSON)
                .body("{\"topics\": [\"HR\"]}")
                .put("/api/attendees/me/preparation")
                .then()
                .statusCode(200);

        // the attendee's whole summit in one call, and the same with agenda-service away
        given().auth()
                .oauth2(attendee)
                .get("/api/me/summit")
                .then()
                .statusCode(200)
                .body("invitation.id", equalTo(invitationId))
                .body("invitation.status", equalTo("ACCEPTED"))
                .body("attendee.fullName", equalTo("Zhao Min"))
                .body("attendee.preparation.topics", hasItem("HR"))
                .body("agenda.sessions.id", hasItem(legal))
                .body("unavailable", empty());
        Suite.startGatewayWithoutAgenda();
        given().baseUri(Suite.GATEWAY_WITHOUT_AGENDA)
                .auth()
                .oauth2(attendee)
                .get("/api/me/summit")
                .then()
                .statusCode(200)
                .body("invitation.status", equalTo("ACCEPTED"))
                .body("attendee.fullName", equalTo("Zhao Min"))
                .body("agenda", nullValue())
                .body("unavailable", equalTo(List.of("agenda")));
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    List<String> ids = given().auth()
                            .oauth2(attendee)
                            .get("/api/agenda/me/recommendations")
                            .path("sessions.session.id");
                    return ids != null && ids.contains(hr);
                });

        given().auth()
                .oauth2(organizer)
                .contentType(ContentType.JSON)
                .body(session("Slice legal roundtable", room, "LEGAL", "14:00", "15:00"))
                .put("/api/sessions/" + legal)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(organizer)
                .post("/api/agenda/publish")
                .then()
                .statusCode(200)
                .body("changes.type", hasItem("MOVED"));
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> mails(invitationId, "SESSION_CHANGED") == 1);

        given().contentType(ContentType.JSON)
                .body("{\"reason\": \"Cannot travel\"}")
                .post("/api/rsvp/" + token + "/decline")
                .then()
                .statusCode(200);
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> Integer.valueOf(3)
                        .equals(given().get("/api/sessions/" + legal).path("seatsLeft")));
        given().auth()
                .oauth2(attendee)
                .post("/api/sessions/" + hr + "/registrations")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    private static long mails(String invitationId, String kind) throws Exception {
        return TestDb.count(
                "summit_invitation_test",
                "select count(*) from outgoing_mail where invitation_id = ?::uuid and kind = ?",
                invitationId,
                kind);
    }
}
