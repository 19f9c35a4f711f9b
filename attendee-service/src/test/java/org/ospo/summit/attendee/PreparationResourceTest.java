package org.ospo.summit.attendee;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ospo.summit.platform.testing.TestKafka;
import org.ospo.summit.platform.testing.TestTokens;

@QuarkusTest
class PreparationResourceTest {
    private static final String PROBLEM = "application/problem+json";
    static final String READY =
            "{\"ospoWorkReview\": \" We set up an OSPO in 2021 \", \"lessonsLearned\": \"Compliance first\", "
                    + "\"expectationsFromPeers\": \"How to measure value\", \"ospoWishes\": null, "
                    + "\"problems\": [\"Budget for upstream work\", \"budget for upstream work \"], \"managerInformed\": true, "
                    + "\"sponsorship\": {\"offered\": true, \"kind\": \"VENUE\", \"details\": \"A room for 80\"}, "
                    + "\"topics\": [\"LEGAL\", \"MANAGEMENT\", \"LEGAL\"], \"joinOrganizingTeam\": true}";

    static UUID registered(String name) {
        UUID attendee = UUID.randomUUID();
        TestKafka.sendCloudEvent(
                "summit.invitations",
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString(),
                "invitation.accepted",
                InvitationEventsConsumerTest.accepted(UUID.randomUUID(), attendee, name));
        InvitationEventsConsumerTest.awaitAttendee(attendee);
        return attendee;
    }

    static io.restassured.response.ValidatableResponse put(UUID attendee, String body) {
        return given().auth()
                .oauth2(TestTokens.attendee(attendee))
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/attendees/me/preparation")
                .then();
    }

    @Test
    void savingThePreparationScoresItAndAnnouncesTheTopics() {
        UUID attendee = registered("Prepared Person");
        given().auth()
                .oauth2(TestTokens.attendee(attendee))
                .get("/api/attendees/me")
                .then()
                .body("preparation", nullValue())
                .body("completeness", equalTo(0))
                .body("readiness", equalTo("NOT_STARTED"));
        try (TestKafka.Reader out = TestKafka.tail("summit.attendees")) {
            put(attendee, READY)
                    .statusCode(200)
                    .body("completeness", equalTo(88))
                    .body("readiness", equalTo("READY"))
                    .body("preparation.ospoWorkReview", equalTo("We set up an OSPO in 2021"))
                    .body("preparation.topics", equalTo(java.util.List.of("LEGAL", "MANAGEMENT")))
                    .body(
                            "preparation.problems",
                            equalTo(java.util.List.of("Budget for upstream work", "budget for upstream work")));
            var event = out.await(
                    r -> attendee.toString().equals(r.key())
                            && "attendee.preparation-updated".equals(TestKafka.header(r, "ce_type")),
                    Duration.ofSeconds(30));
            org.junit.jupiter.api.Assertions.assertTrue(
                    event.value().contains("\"topics\":[\"LEGAL\",\"MANAGEMENT\"]"), event.value());
        }
        given().auth()
                .oauth2(TestTokens.attendee(attendee))
                .get("/api/attendees/me")
                .then()
                .statusCode(200)
                .body("readiness", equalTo("READY"))
                .body("preparation.sponsorship.kind", equalTo("VENUE"));
        put(attendee, "{\"ospoWorkReview\": \"Only this\"}")
                .statusCode(200)
                .body("completeness", equalTo(13))
                .body("readiness", equalTo("IN_PROGRESS"));
    }

    /** Two tabs editing one dossier: the second save with the tag it read before the first is refused, not lost. */
    @Test
    void aSaveFromAStaleTabIsRefused() {
        UUID attendee = registered("Two Tabs");
        String read = given().auth()
                .oauth2(TestTokens.attendee(attendee))
                .get("/api/attendees/me")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        String saved = given().auth()
                .oauth2(TestTokens.attendee(attendee))
                .contentType(ContentType.JSON)
                .header("If-Match", read)
                .body(READY)
                .put("/api/attendees/me/preparation")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        org.junit.jupiter.api.Assertions.assertEquals(
                saved,
                given().auth()
                        .oauth2(TestTokens.attendee(attendee))
                        .get("/api/attendees/me")
                        .then()
                        .extract()
                        .header("ETag"),
                "a save answers the tag the next read gives");
        given().auth()
                .oauth2(TestTokens.attendee(attendee))
                .contentType(ContentType.JSON)
                .header("If-Match", read)
                .body("{\"ospoWorkReview\": \"Only this\"}")
                .put("/api/attendees/me/preparation")
                .then()
                .statusCode(412)
                .contentType(PROBLEM)
                .body("currentETag", equalTo(saved));
        given().auth()
                .oauth2(TestTokens.attendee(attendee))
                .get("/api/attendees/me")
                .then()
                .body("readiness", equalTo("READY"));
        given().auth()
                .oauth2(TestTokens.attendee(attendee))
                .contentType(ContentType.JSON)
                .header("If-Match", saved)
                .body("{\"ospoWorkReview\": \"Only this\"}")
                .put("/api/attendees/me/preparation")
                .then()
                .statusCode(200)
                .body("readiness", equalTo("IN_PROGRESS"));
    }

    @Test
    void invalidPreparationsNameTheField() {
        UUID attendee = registered("Careless Person");
        put(attendee, "{\"topics\": [\"ASTROLOGY\"]}")
                .statusCode(400)
                .contentType(PROBLEM)
                .body("violations[0].field", equalTo("topics[0]"));
        put(attendee, "{\"sponsorship\": {\"offered\": true}}")
                .statusCode(400)
                .contentType(PROBLEM)
                .body("violations[0].field", equalTo("sponsorship.kind"));
        put(attendee, "{\"sponsorship\": {\"kind\": \"VENUE\"}}")
                .statusCode(400)
                .body("violations.field", hasItem("sponsorship.offered"));
        put(attendee, "{\"problems\": [" + "\"p\",".repeat(20) + "\"p\"]}")
                .statusCode(400)
                .body("violations.field", hasItem("problems"));
        put(attendee, "{\"problems\": [\" \"]}").statusCode(400).body("violations[0].field", equalTo("problems[0]"));
        put(attendee, "{\"ospoWorkReview\": \"" + "x".repeat(4001) + "\"}")
                .statusCode(400)
                .body("violations.field", hasItem("ospoWorkReview"));
        put(attendee, "{\"managerInformed\": \"maybe\"}")
                .statusCode(400)
                .body("violations[0].field", equalTo("managerInformed"));
        put(attendee, "{").statusCode(400).contentType(PROBLEM);
        put(attendee, "").statusCode(400).contentType(PROBLEM);
    }

    @Test
    void onlyTheAttendeeThemselvesAndOnlyWhileActive() {
        given().contentType(ContentType.JSON)
                .body(READY)
                .put("/api/attendees/me/preparation")
                .then()
                .statusCode(401);
        given().auth()
                .oauth2(TestTokens.organizer())
                .contentType(ContentType.JSON)
                .body(READY)
                .put("/api/attendees/me/preparation")
                .then()
                .statusCode(403);
        put(UUID.randomUUID(), READY).statusCode(404).contentType(PROBLEM);
        UUID invitation = UUID.randomUUID();
        UUID attendee = UUID.randomUUID();
        TestKafka.sendCloudEvent(
                "summit.invitations",
                invitation.toString(),
                UUID.randomUUID().toString(),
                "invitation.accepted",
                InvitationEventsConsumerTest.accepted(invitation, attendee, "Gone Soon"));
        InvitationEventsConsumerTest.awaitAttendee(attendee);
        TestKafka.sendCloudEvent(
                "summit.invitations",
                invitation.toString(),
                UUID.randomUUID().toString(),
                "invitation.revoked",
                AttendeeLifecycleTest.revoked(invitation, attendee));
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> "WITHDRAWN".equals(AttendeeLifecycleTest.status(attendee)));
        put(attendee, READY).statusCode(409).contentType(PROBLEM);
    }
}
