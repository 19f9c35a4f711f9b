package org.ospo.summit.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ospo.summit.platform.testing.TestDb;

/** The first slice of the contract, end to end through the gateway, with the packaged services and real Kafka. */
class InvitationSliceIT {

    @BeforeAll
    static void suite() {
        Suite.startBehindGateway();
    }

    @Test
    void organizerInvitesInviteeAcceptsAndBecomesAnAttendee() throws Exception {
        String organizer = given().contentType(ContentType.JSON)
                .body("{\"username\": \"organizer\", \"password\": \"summit-local\"}")
                .post("/api/auth/login")
                .then()
                .statusCode(200)
                .extract()
                .path("accessToken");

        String email = "slice-" + UUID.randomUUID() + "@example.com";
        String token = given().auth()
                .oauth2(organizer)
                .contentType(ContentType.JSON)
                .body("{\"email\": \"" + email + "\", \"fullName\": \"Wang Fang\", \"company\": \"Open Corp\", "
                        + "\"locale\": \"en\", \"criteria\": [\"OSPO_PRACTITIONER\", \"SPONSORING_COMPANY\"]}")
                .post("/api/invitations")
                .then()
                .statusCode(201)
                .header("Location", startsWith(Suite.GATEWAY + "/api/invitations/"))
                .header("X-Request-Id", notNullValue())
                .body("rsvpUrl", startsWith(Suite.GATEWAY + "/rsvp/"))
                .extract()
                .path("token");

        given().get("/api/rsvp/" + token)
                .then()
                .statusCode(200)
                .body("invitee.fullName", equalTo("Wang Fang"))
                .body("status", equalTo("SENT"));

        String attendeeToken = given().post("/api/rsvp/" + token + "/accept")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .extract()
                .path("accessToken");

        // invitation.accepted travels through Kafka to attendee-service
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> given().auth()
                                .oauth2(attendeeToken)
                                .get("/api/attendees/me")
                                .statusCode()
                        == 200);
        given().auth()
                .oauth2(attendeeToken)
                .get("/api/attendees/me")
                .then()
                .statusCode(200)
                .body("fullName", equalTo("Wang Fang"))
                .body("email", equalTo(email))
                .body("readiness", equalTo("NOT_STARTED"));

        // the public agenda answers through the gateway: the current edition's newest published version (0: none yet)
        long newest = TestDb.count(
                "summit_agenda_test",
                "select coalesce(max(version), 0) from agenda_version "
                        + "where summit_id = coalesce((select id from known_edition where current), 1)");
        given().get("/api/agenda")
                .then()
                .statusCode(200)
                .body("version", equalTo((int) newest))
                .body("sessions", notNullValue());
    }

    @Test
    void anAttendeeWhoDeclinesAfterAcceptingIsWithdrawnInAttendeeService() {
        String organizer = given().contentType(ContentType.JSON)
                .body("{\"username\": \"organizer\", \"password\": \"summit-local\"}")
                .post("/api/auth/login")
                .then()
                .statusCode(200)
                .extract()
                .path("accessToken");
        String token = given().auth()
                .oauth2(organizer)
                .contentType(ContentType.JSON)
                .body("{\"email\": \"withdraw-" + UUID.randomUUID() + "@example.com\", \"fullName\": \"Li Na\", "
                        + "\"company\": \"Open Corp\", \"locale\": \"en\", \"criteria\": [\"EVANGELIST\"]}")
                .post("/api/invitations")
                .then()
                .statusCode(201)
                .extract()
                .path("token");
        String attendeeToken = given().post("/api/rsvp/" + token + "/accept")
                .then()
                .statusCode(200)
                .extract()
                .path("accessToken");
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> given().auth()
                                .oauth2(attendeeToken)
                                .get("/api/attendees/me")
                                .statusCode()
                        == 200);
        given().contentType(ContentType.JSON)
                .body("{\"reason\": \"Cannot travel\"}")
                .post("/api/rsvp/" + token + "/decline")
                .then()
                .statusCode(200)
                .body("status", equalTo("DECLINED"));
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> "WITHDRAWN"
                        .equals(given().auth()
                                .oauth2(attendeeToken)
                                .get("/api/attendees/me")
                                .path("status")));
    }

    @Test
    void erasureEndToEndLeavesNothingPersonalInAttendeeOrInvitationService() {
        String organizer = given().contentType(ContentType.JSON)
                .body("{\"username\": \"organizer\", \"password\": \"summit-local\"}")
                .post("/api/auth/login")
                .then()
                .statusCode(200)
                .extract()
                .path("accessToken");
        String email = "erase-" + UUID.randomUUID() + "@example.com";
        var created = given().auth()
                .oauth2(organizer)
                .contentType(ContentType.JSON)
                .body("{\"email\": \"" + email + "\", \"fullName\": \"Zhou Erased\", \"company\": \"Private Corp\", "
                        + "\"locale\": \"en\", \"criteria\": [\"EVANGELIST\"]}")
                .post("/api/invitations")
                .then()
                .statusCode(201)
                .extract();
        String invitationId = created.path("id");
        String attendeeToken = given().post("/api/rsvp/" + created.path("token") + "/accept")
                .then()
                .statusCode(200)
                .extract()
                .path("accessToken");
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> given().auth()
                                .oauth2(attendeeToken)
                                .get("/api/attendees/me")
                                .statusCode()
                        == 200);
        given().auth()
                .oauth2(attendeeToken)
                .contentType(ContentType.JSON)
                .body("{\"ospoWorkReview\": \"Private thoughts\", \"topics\": [\"LEGAL\"]}")
                .put("/api/attendees/me/preparation")
                .then()
                .statusCode(200);

        given().auth().oauth2(attendeeToken).delete("/api/attendees/me").then().statusCode(204);

        given().auth().oauth2(attendeeToken).get("/api/attendees/me").then().statusCode(404);
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> "(erased)"
                        .equals(given().auth()
                                .oauth2(organizer)
                                .get("/api/invitations/" + invitationId)
                                .path("fullName")));
        given().auth()
                .oauth2(organizer)
                .get("/api/invitations/" + invitationId)
                .then()
                .body("email", equalTo("erased-" + invitationId + "@erased.invalid"))
                .body("company", equalTo("(erased)"))
                .body("status", equalTo("ACCEPTED"));
        given().auth()
                .oauth2(organizer)
                .queryParam("q", "Zhou")
                .get("/api/invitations")
                .then()
                .body("total", equalTo(0));
        given().auth()
                .oauth2(organizer)
                .queryParam("q", "Zhou")
                .get("/api/attendees")
                .then()
                .body("total", equalTo(0));
        // the person is gone: the link and the attendee token open nothing any more
        String link = created.path("token");
        given().get("/api/rsvp/" + link).then().statusCode(410);
        given().post("/api/rsvp/" + link + "/token").then().statusCode(410);
        given().auth()
                .oauth2(attendeeToken)
                .get("/api/me/summit")
                .then()
                .statusCode(410)
                .contentType(Suite.PROBLEM);
        given().auth()
                .oauth2(attendeeToken)
                .contentType(ContentType.JSON)
                .body("{\"email\": \"peer-" + UUID.randomUUID() + "@example.com\", \"fullName\": \"Peer\", "
                        + "\"company\": \"Co\", \"reason\": \"OSPO lead\"}")
                .post("/api/referrals")
                .then()
                .statusCode(403);
    }

    @Test
    void aRevokedAttendeesTokenOpensNothing() {
        String organizer = Suite.organizerToken();
        var created = given().auth()
                .oauth2(organizer)
                .contentType(ContentType.JSON)
                .body("{\"email\": \"revoked-" + UUID.randomUUID() + "@example.com\", \"fullName\": \"Re Voked\", "
                        + "\"company\": \"Gone Corp\", \"locale\": \"en\", \"criteria\": [\"EVANGELIST\"]}")
                .post("/api/invitations")
                .then()
                .statusCode(201)
                .extract();
        String attendeeToken = given().post("/api/rsvp/" + created.path("token") + "/accept")
                .then()
                .statusCode(200)
                .extract()
                .path("accessToken");
        given().auth().oauth2(attendeeToken).get("/api/me/summit").then().statusCode(200);
        // the gateway's own answer is tagged too: once the events have settled, the same tag gets a 304
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> {
                    String tag = given().auth()
                            .oauth2(attendeeToken)
                            .get("/api/me/summit")
                            .then()
                            .statusCode(200)
                            .extract()
                            .header("ETag");
                    return given().auth()
                                    .oauth2(attendeeToken)
                                    .header("If-None-Match", tag)
                                    .get("/api/me/summit")
                                    .statusCode()
                            == 304;
                });
        given().auth()
                .oauth2(organizer)
                .post("/api/invitations/" + created.path("id") + "/revoke")
                .then()
                .statusCode(200);
        given().auth().oauth2(attendeeToken).get("/api/invitations/me").then().statusCode(410);
        given().auth()
                .oauth2(attendeeToken)
                .get("/api/me/summit")
                .then()
                .statusCode(410)
                .contentType(Suite.PROBLEM);
        given().post("/api/rsvp/" + created.path("token") + "/token").then().statusCode(410);
    }

    @Test
    void theScheduledDeadlineJobRunsInThePackagedService() {
        // the suite runs it every 2 s (after a 10 s delay); each run counts its outcome
        Awaitility.await()
                .atMost(Duration.ofSeconds(40))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> given().baseUri("http://127.0.0.1:" + Suite.management(Suite.port("invitation-service")))
                        .get("/q/metrics")
                        .asString()
                        .contains("summit_deadline_runs_total{outcome=\"ok\"}"));
        String metrics = given().baseUri("http://127.0.0.1:" + Suite.management(Suite.port("invitation-service")))
                .get("/q/metrics")
                .asString();
        org.junit.jupiter.api.Assertions.assertFalse(
                metrics.contains("summit_deadline_runs_total{outcome=\"failed\"}"), "no failed deadline job run");
    }

    @Test
    void oneOpenApiDocumentCoversTheThreeServices() {
        given().get("/q/openapi")
                .then()
                .statusCode(200)
                .body("info.title", equalTo("OSPO Summit API"))
                .body("paths", hasKey("/api/invitations"))
                .body("paths", hasKey("/api/rsvp/{token}/accept"))
                .body("paths", hasKey("/api/attendees/me"))
                .body("paths", hasKey("/api/agenda"))
                .body("components.securitySchemes", hasKey("bearer"))
                .body("$", not(hasKey("x-summit-unavailable")));
        given().baseUri("http://127.0.0.1:" + Suite.management(Suite.port("gateway")))
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationShowsAnExampleOfWhatItAnswers() {
        Map<String, Map<String, Object>> paths =
                given().get("/q/openapi").then().statusCode(200).extract().path("paths");
        List<String> without = new ArrayList<>();
        paths.forEach((path, item) -> item.forEach((method, value) -> {
            if (!(value instanceof Map<?, ?> op) || !(op.get("responses") instanceof Map<?, ?> responses)) {
                return;
            }
            boolean shown = responses.entrySet().stream()
                    .filter(r -> String.valueOf(r.getKey()).startsWith("2"))
                    .anyMatch(r -> String.valueOf(r.getKey()).equals("204")
                            || String.valueOf(r.getValue()).contains("example"));
            if (!shown) {
                without.add(method.toUpperCase() + " " + path);
            }
        }));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), without, "operations without an example answer");
    }

    @Test
    void errorsFromServicesArriveAsProblemsThroughTheGateway() {
        given().contentType(ContentType.JSON)
                .body("{\"username\": ")
                .post("/api/auth/login")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().get("/api/invitations").then().statusCode(401).contentType("application/problem+json");
        given().get("/api/rsvp/unknown-token-unknown-token-unknown-token-x")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }
}
