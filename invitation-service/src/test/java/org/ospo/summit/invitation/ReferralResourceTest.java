package org.ospo.summit.invitation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ospo.summit.platform.testing.TestKafka;
import org.ospo.summit.platform.testing.TestTokens;

/** 二度: nominations by accepted attendees, the quota, and the organizers' decisions. */
@QuarkusTest
class ReferralResourceTest {
    private static final String PROBLEM = "application/problem+json";

    @Inject
    MockMailbox mailbox;

    @BeforeEach
    void roomy() {
        SummitSettings.roomy();
    }

    record Attendee(String attendeeId, String token) {}

    static Attendee acceptedAttendee() {
        String rsvp = Invitations.sentToken();
        var r = given().post("/api/rsvp/" + rsvp + "/accept")
                .then()
                .statusCode(200)
                .extract();
        return new Attendee(r.path("attendeeId"), r.path("accessToken"));
    }

    static String nomination(String email) {
        return "{\"email\": \"" + email + "\", \"fullName\": \"张伟\", \"company\": \"Example Cloud\", "
                + "\"reason\": \"Runs the OSPO at Example Cloud\"}";
    }

    static io.restassured.response.ValidatableResponse nominate(Attendee by, String email) {
        return given().auth()
                .oauth2(by.token)
                .contentType(ContentType.JSON)
                .body(nomination(email))
                .post("/api/referrals")
                .then();
    }

    @Test
    void anAttendeeNominatesUpToTheQuota() {
        Attendee attendee = acceptedAttendee();
        nominate(attendee, Invitations.uniqueEmail())
                .statusCode(201)
                .body("status", equalTo("PENDING"))
                .header("Location", org.hamcrest.Matchers.containsString("/api/referrals/"));
        nominate(attendee, Invitations.uniqueEmail()).statusCode(201);
        nominate(attendee, Invitations.uniqueEmail())
                .statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/referral-quota"))
                .body("referralQuota", equalTo(2));
    }

    @Test
    void aRejectedNominationFreesQuotaAndCannotBeDecidedTwice() {
        Attendee attendee = acceptedAttendee();
        String first = nominate(attendee, Invitations.uniqueEmail())
                .statusCode(201)
                .extract()
                .path("id");
        nominate(attendee, Invitations.uniqueEmail()).statusCode(201);
        given().auth()
                .oauth2(TestTokens.organizer())
                .contentType(ContentType.JSON)
                .body("{\"reason\": \"Not working on OSPO topics yet\"}")
                .post("/api/referrals/" + first + "/reject")
                .then()
                .statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("decisionReason", equalTo("Not working on OSPO topics yet"));
        nominate(attendee, Invitations.uniqueEmail()).statusCode(201);
        given().auth()
                .oauth2(TestTokens.organizer())
                .post("/api/referrals/" + first + "/approve")
                .then()
                .statusCode(409)
                .contentType(PROBLEM);
    }

    @Test
    void approvalInvitesThePeerAndKeepsTheChain() {
        Attendee attendee = acceptedAttendee();
        String email = Invitations.uniqueEmail();
        String referral = nominate(attendee, email).statusCode(201).extract().path("id");
        given().auth()
                .oauth2(TestTokens.organizer())
                .queryParam("status", "PENDING")
                .queryParam("size", 100)
                .get("/api/referrals")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(referral));
        String invitationId;
        try (TestKafka.Reader reader = TestKafka.tail("summit.invitations")) {
            invitationId = given().auth()
                    .oauth2(TestTokens.organizer())
                    .post("/api/referrals/" + referral + "/approve")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("APPROVED"))
                    .body("invitationId", notNullValue())
                    .extract()
                    .path("invitationId");
            var approved = reader.await(
                    r -> referral.equals(r.key()) && "referral.approved".equals(TestKafka.header(r, "ce_type")),
                    Duration.ofSeconds(30));
            assertEquals(true, approved.value().contains(referral));
        }
        given().auth()
                .oauth2(TestTokens.organizer())
                .get("/api/invitations/" + invitationId)
                .then()
                .statusCode(200)
                .body("status", equalTo("SENT"))
                .body("referredBy", equalTo(attendee.attendeeId))
                .body("referrer.attendeeId", equalTo(attendee.attendeeId))
                .body("referrer.fullName", equalTo("李雷"));
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> mailbox.getMailsSentTo(email).size() == 1);
    }

    @Test
    void theGuestListCannotBeProbedThroughNominations() {
        Attendee attendee = acceptedAttendee();
        String invited = Invitations.uniqueEmail();
        Invitations.create(invited).statusCode(201);
        String nominated = Invitations.uniqueEmail();
        nominate(acceptedAttendee(), nominated).statusCode(201);
        // known or not, the nominator gets the same answer (same status, same fields), and the quota counts
        var unknownAnswer = nominate(acceptedAttendee(), Invitations.uniqueEmail())
                .statusCode(201)
                .extract();
        var invitedAnswer = nominate(attendee, invited.toUpperCase())
                .statusCode(201)
                .body("status", equalTo("PENDING"))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("duplicate")))
                .extract();
        String second = nominate(attendee, nominated).statusCode(201).extract().path("id");
        assertEquals(fields(unknownAnswer.asString()), fields(invitedAnswer.asString()));
        nominate(attendee, Invitations.uniqueEmail()).statusCode(409).body("type", equalTo("/problems/referral-quota"));
        // organizers see the duplicates
        given().auth()
                .oauth2(TestTokens.organizer())
                .queryParam("status", "PENDING")
                .queryParam("size", 100)
                .get("/api/referrals")
                .then()
                .statusCode(200)
                .body(
                        "items.find { it.id == '" + invitedAnswer.path("id") + "' }.duplicate",
                        equalTo("ALREADY_INVITED"))
                .body("items.find { it.id == '" + second + "' }.duplicate", equalTo("ALREADY_NOMINATED"))
                .body(
                        "items.find { it.id == '" + unknownAnswer.path("id") + "' }.duplicate",
                        org.hamcrest.Matchers.nullValue());
    }

    private static java.util.Set<String> fields(String json) {
        return new io.restassured.path.json.JsonPath(json)
                .getMap("$").keySet().stream().map(Object::toString).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void onlyAcceptedAttendeesNominateOnlyOrganizersDecide() {
        given().contentType(ContentType.JSON)
                .body(nomination(Invitations.uniqueEmail()))
                .post("/api/referrals")
                .then()
                .statusCode(401)
                .contentType(PROBLEM);
        given().auth()
                .oauth2(TestTokens.organizer())
                .contentType(ContentType.JSON)
                .body(nomination(Invitations.uniqueEmail()))
                .post("/api/referrals")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TestTokens.attendee(UUID.randomUUID()))
                .contentType(ContentType.JSON)
                .body(nomination(Invitations.uniqueEmail()))
                .post("/api/referrals")
                .then()
                .statusCode(403)
                .contentType(PROBLEM);
        Attendee attendee = acceptedAttendee();
        given().auth().oauth2(attendee.token).get("/api/referrals").then().statusCode(403);
        given().auth()
                .oauth2(attendee.token)
                .post("/api/referrals/" + UUID.randomUUID() + "/approve")
                .then()
                .statusCode(403);
    }

    @Test
    void badInputAndUnknownIds() {
        Attendee attendee = acceptedAttendee();
        given().auth()
                .oauth2(attendee.token)
                .contentType(ContentType.JSON)
                .body("{\"email\": \"nope\"}")
                .post("/api/referrals")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("violations.field", hasItem("email"))
                .body("violations.field", hasItem("reason"));
        given().auth()
                .oauth2(attendee.token)
                .contentType(ContentType.JSON)
                .body("{")
                .post("/api/referrals")
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
        given().auth()
                .oauth2(TestTokens.organizer())
                .queryParam("status", "MAYBE")
                .get("/api/referrals")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("status"));
        given().auth()
                .oauth2(TestTokens.organizer())
                .post("/api/referrals/" + UUID.randomUUID() + "/approve")
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
        given().auth()
                .oauth2(TestTokens.organizer())
                .contentType(ContentType.JSON)
                .body("{\"locale\": \"fr\"}")
                .post("/api/referrals/" + UUID.randomUUID() + "/approve")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("locale"));
        given().auth()
                .oauth2(TestTokens.organizer())
                .contentType(ContentType.JSON)
                .body("{}")
                .post("/api/referrals/" + UUID.randomUUID() + "/reject")
                .then()
                .statusCode(404);
    }
}
