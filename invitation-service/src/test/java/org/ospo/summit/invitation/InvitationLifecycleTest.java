package org.ospo.summit.invitation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ospo.summit.platform.testing.Json;
import org.ospo.summit.platform.testing.TestKafka;
import org.ospo.summit.platform.testing.TestTokens;
import org.ospo.summit.platform.time.SummitClock;

/** Every legal and illegal transition of the invitation state machine, with its events and mails. */
@QuarkusTest
class InvitationLifecycleTest {
    private static final String PROBLEM = "application/problem+json";

    @Inject
    MockMailbox mailbox;

    @Inject
    SummitClock clock;

    @BeforeEach
    void roomy() {
        SummitSettings.roomy();
    }

    @AfterEach
    void stayRoomy() {
        SummitSettings.roomy();
    }

    record Created(String id, String token, String email) {}

    static Created draft() {
        String email = Invitations.uniqueEmail();
        var r = given().auth()
                .oauth2(TestTokens.organizer())
                .contentType(ContentType.JSON)
                .body(Json.with(Invitations.body(email), "send", false))
                .post("/api/invitations")
                .then()
                .statusCode(201)
                .body("status", equalTo("DRAFT"))
                .extract();
        return new Created(r.path("id"), r.path("token"), email);
    }

    static Created sent() {
        String email = Invitations.uniqueEmail();
        var r = Invitations.create(email).statusCode(201).extract();
        return new Created(r.path("id"), r.path("token"), email);
    }

    static io.restassured.response.ValidatableResponse act(String id, String action) {
        return given().auth()
                .oauth2(TestTokens.organizer())
                .post("/api/invitations/" + id + "/" + action)
                .then();
    }

    static String status(String id) {
        return given().auth()
                .oauth2(TestTokens.organizer())
                .get("/api/invitations/" + id)
                .then()
                .statusCode(200)
                .extract()
                .path("status");
    }

    @Test
    void sendingADraftMailsTheLinkInTheInviteesLanguage() {
        Created draft = draft();
        given().get("/api/rsvp/" + draft.token).then().statusCode(404);
        assertEquals(0, mailbox.getMailsSentTo(draft.email).size(), "a draft is not mailed");
        act(draft.id, "send").statusCode(200).body("status", equalTo("SENT"));
        Mail mail = awaitMails(draft.email, 1).get(0);
        assertTrue(mail.getSubject().startsWith("诚邀参会"), mail.getSubject());
        assertTrue(mail.getText().contains("/rsvp/" + draft.token), "the link the invitee can use");
        given().get("/api/rsvp/" + draft.token).then().statusCode(200).body("status", equalTo("SENT"));
        act(draft.id, "send")
                .statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/illegal-transition"));
    }

    @Test
    void resendMailsTheSameLinkAgainOnlyWhileSent() {
        Created sent = sent();
        awaitMails(sent.email, 1);
        act(sent.id, "resend").statusCode(200).body("status", equalTo("SENT"));
        List<Mail> mails = awaitMails(sent.email, 2);
        assertTrue(mails.get(1).getText().contains("/rsvp/" + sent.token));
        act(draft().id, "resend").statusCode(409).contentType(PROBLEM);
        given().post("/api/rsvp/" + sent.token + "/accept").then().statusCode(200);
        act(sent.id, "resend").statusCode(409).contentType(PROBLEM);
        given().auth()
                .oauth2(TestTokens.organizer())
                .get("/api/invitations/" + sent.id)
                .then()
                .body("events.type", hasItems("CREATED", "SENT", "RESENT", "ACCEPTED"));
    }

    @Test
    void revokeFromEveryOpenStatusAndNeverTwice() {
        Created draft = draft();
        act(draft.id, "revoke").statusCode(200).body("status", equalTo("REVOKED"));
        Created sent = sent();
        act(sent.id, "revoke").statusCode(200).body("status", equalTo("REVOKED"));
        given().get("/api/rsvp/" + sent.token)
                .then()
                .statusCode(410)
                .contentType(PROBLEM)
                .body("openConferenceUrl", equalTo("https://gotc2023.oschina.net/"));
        given().post("/api/rsvp/" + sent.token + "/accept").then().statusCode(410);
        Mail revoked = awaitMails(sent.email, 2).get(1);
        assertTrue(revoked.getSubject().contains("撤回"), revoked.getSubject());
        act(sent.id, "revoke")
                .statusCode(409)
                .contentType(PROBLEM)
                .body("status", equalTo(409))
                .body("invitationStatus", equalTo("REVOKED"))
                .body("action", equalTo("REVOKE"));
        // every problem body of these tests is parsed strictly (ProblemBodies): a duplicate "status" fails them
        assertTrue(org.ospo.summit.platform.testing.ProblemBodies.checked() > 0, "problem bodies are checked");

        Created accepted = sent();
        given().post("/api/rsvp/" + accepted.token + "/accept").then().statusCode(200);
        try (TestKafka.Reader reader = TestKafka.tail("summit.invitations")) {
            act(accepted.id, "revoke").statusCode(200).body("status", equalTo("REVOKED"));
            ConsumerRecord<String, String> event = reader.await(
                    r -> accepted.id.equals(r.key()) && "invitation.revoked".equals(TestKafka.header(r, "ce_type")),
                    Duration.ofSeconds(30));
            assertTrue(event.value().contains("\"attendeeId\":\""), "a revoked attendee is named: " + event.value());
        }
        Created declined = sent();
        given().post("/api/rsvp/" + declined.token + "/decline").then().statusCode(200);
        act(declined.id, "revoke").statusCode(409).contentType(PROBLEM);
    }

    @Test
    void declineFromSentOrAcceptedPointsToTheOpenConferenceAndIsIdempotent() {
        Created sent = sent();
        try (TestKafka.Reader reader = TestKafka.tail("summit.invitations")) {
            given().contentType(ContentType.JSON)
                    .body("{\"reason\": \"Travelling\"}")
                    .post("/api/rsvp/" + sent.token + "/decline")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("DECLINED"))
                    .body("openConferenceUrl", equalTo("https://gotc2023.oschina.net/"));
            reader.await(
                    r -> sent.id.equals(r.key()) && "invitation.declined".equals(TestKafka.header(r, "ce_type")),
                    Duration.ofSeconds(30));
        }
        given().post("/api/rsvp/" + sent.token + "/decline")
                .then()
                .statusCode(200)
                .body("status", equalTo("DECLINED"));
        given().post("/api/rsvp/" + sent.token + "/accept")
                .then()
                .statusCode(409)
                .contentType(PROBLEM);
        given().post("/api/rsvp/" + sent.token + "/token")
                .then()
                .statusCode(409)
                .contentType(PROBLEM);

        Created accepted = sent();
        given().post("/api/rsvp/" + accepted.token + "/accept").then().statusCode(200);
        given().post("/api/rsvp/" + accepted.token + "/decline")
                .then()
                .statusCode(200)
                .body("status", equalTo("DECLINED"));
        assertEquals("DECLINED", status(accepted.id));
    }

    @Test
    void fromTheWaitingList() {
        Created first = sent();
        Created second = sent();
        SummitSettings.freeSeats(0);
        given().post("/api/rsvp/" + first.token + "/accept")
                .then()
                .statusCode(200)
                .body("status", equalTo("WAITLISTED"))
                .body("accessToken", org.hamcrest.Matchers.nullValue());
        given().post("/api/rsvp/" + first.token + "/accept")
                .then()
                .statusCode(200)
                .body("status", equalTo("WAITLISTED"));
        given().post("/api/rsvp/" + second.token + "/accept")
                .then()
                .statusCode(200)
                .body("status", equalTo("WAITLISTED"));
        given().post("/api/rsvp/" + first.token + "/token").then().statusCode(409);
        act(first.id, "send").statusCode(409);
        act(first.id, "resend").statusCode(409);
        given().post("/api/rsvp/" + first.token + "/decline")
                .then()
                .statusCode(200)
                .body("status", equalTo("DECLINED"));
        act(second.id, "revoke").statusCode(200).body("status", equalTo("REVOKED"));
    }

    @Test
    void declineWithAnOverlongReasonIs400() {
        Created sent = sent();
        given().contentType(ContentType.JSON)
                .body("{\"reason\": \"" + "x".repeat(1001) + "\"}")
                .post("/api/rsvp/" + sent.token + "/decline")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("violations[0].field", equalTo("reason"));
        given().contentType(ContentType.JSON)
                .body("{\"reason\": ")
                .post("/api/rsvp/" + sent.token + "/decline")
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
    }

    @Test
    void aLostAttendeeTokenIsReissuedForAnAcceptedInvitation() {
        Created sent = sent();
        given().post("/api/rsvp/" + sent.token + "/token")
                .then()
                .statusCode(409)
                .contentType(PROBLEM);
        String attendeeId = given().post("/api/rsvp/" + sent.token + "/accept")
                .then()
                .statusCode(200)
                .extract()
                .path("attendeeId");
        given().post("/api/rsvp/" + sent.token + "/token")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("attendeeId", equalTo(attendeeId))
                .body("accessToken", org.hamcrest.Matchers.notNullValue());
        given().post("/api/rsvp/unknown-unknown-unknown-unknown-unknown-unkno/token")
                .then()
                .statusCode(404);
    }

    @Test
    void acceptingAfterTheDeadlineIsGone() {
        Created sent = sent();
        SummitSettings.set(SummitSettings.ROOMY, clock.now().minusMinutes(1));
        given().post("/api/rsvp/" + sent.token + "/accept")
                .then()
                .statusCode(410)
                .contentType(PROBLEM)
                .body("openConferenceUrl", equalTo("https://gotc2023.oschina.net/"));
    }

    @Test
    void transitionsOnUnknownInvitationsAre404() {
        for (String action : List.of("send", "resend", "revoke")) {
            act(java.util.UUID.randomUUID().toString(), action).statusCode(404).contentType(PROBLEM);
        }
        given().post("/api/invitations/" + java.util.UUID.randomUUID() + "/send")
                .then()
                .statusCode(401);
        given().auth()
                .oauth2(TestTokens.attendee(java.util.UUID.randomUUID()))
                .post("/api/invitations/" + java.util.UUID.randomUUID() + "/revoke")
                .then()
                .statusCode(403);
    }

    private List<Mail> awaitMails(String email, int count) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> mailbox.getMailsSentTo(email).size() >= count);
        return mailbox.getMailsSentTo(email);
    }
}
