package org.ospo.summit.invitation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ospo.summit.platform.testing.Json;
import org.ospo.summit.platform.testing.TestKafka;
import org.ospo.summit.platform.testing.TestTokens;

@QuarkusTest
class SummitResourceTest {
    private static final String PROBLEM = "application/problem+json";
    private static final OffsetDateTime DEADLINE = OffsetDateTime.parse("2027-03-06T23:59:00+08:00");

    @jakarta.inject.Inject
    io.quarkus.mailer.MockMailbox mailbox;

    @AfterEach
    void roomy() {
        SummitSettings.roomy();
    }

    @Test
    void publicReadOrganizerWrite() {
        given().get("/api/summit").then().statusCode(200).body("timezone", equalTo("Asia/Shanghai"));
        given().contentType(ContentType.JSON)
                .body(SummitSettings.body(10, DEADLINE))
                .put("/api/summit")
                .then()
                .statusCode(401)
                .contentType(PROBLEM);
        given().auth()
                .oauth2(TestTokens.attendee(java.util.UUID.randomUUID()))
                .contentType(ContentType.JSON)
                .body(SummitSettings.body(10, DEADLINE))
                .put("/api/summit")
                .then()
                .statusCode(403)
                .contentType(PROBLEM);
        int capacity = SummitSettings.seatsTaken() + 7;
        given().auth()
                .oauth2(TestTokens.organizer())
                .contentType(ContentType.JSON)
                .body(SummitSettings.body(capacity, DEADLINE))
                .put("/api/summit")
                .then()
                .statusCode(200)
                .body("capacity", equalTo(capacity))
                .body("rsvpDeadline", equalTo("2027-03-06T23:59:00.000+08:00"));
        given().get("/api/summit").then().body("capacity", equalTo(capacity));
    }

    /**
     * A waitlisted invitee whose RSVP token was sealed under a seal key that has been replaced since: raising the
     * capacity still promotes them and mails them (without the link it cannot open), and the organizer gets a 200.
     */
    @Test
    void raisingCapacityPromotesAnInviteeWhoseTokenWasSealedUnderAnOldKey() throws Exception {
        String email = Invitations.uniqueEmail();
        var created = Invitations.create(email).statusCode(201).extract();
        String token = created.path("token");
        String id = created.path("id");
        SummitSettings.freeSeats(0);
        given().post("/api/rsvp/" + token + "/accept").then().statusCode(200).body("status", equalTo("WAITLISTED"));
        byte[] oldKey = new byte[32];
        java.util.Arrays.fill(oldKey, (byte) 7);
        String sealedUnderOldKey = java.util.Base64.getEncoder()
                .encodeToString(new org.ospo.summit.platform.security.Aead(oldKey)
                        .seal(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        org.ospo.summit.platform.testing.TestDb.execute(
                "summit_invitation_test",
                "update invitation set token_sealed = ? where id = ?::uuid",
                sealedUnderOldKey,
                id);

        SummitSettings.freeSeats(1);

        given().auth()
                .oauth2(TestTokens.organizer())
                .get("/api/invitations/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"));
        Outgoing.awaitAllSentTo(email);
        var promoted = mailbox.getMailsSentTo(email).stream()
                .filter(m -> m.getSubject().contains("seat") || m.getSubject().contains("席位"))
                .toList();
        assertEquals(1, promoted.size(), "one promotion mail");
        assertTrue(
                !promoted.get(0).getText().contains("/rsvp/"),
                "without the link: " + promoted.get(0).getText());
    }

    @Test
    void theSummitIsAnnouncedAtFirstStartAndOnEveryChange() {
        try (TestKafka.Reader all = TestKafka.fromBeginning("summit.invitations")) {
            var seeded =
                    all.await(r -> "summit.updated".equals(TestKafka.header(r, "ce_type")), Duration.ofSeconds(30));
            assertTrue(seeded.value().replaceAll("\\s", "").contains("\"timezone\":\"Asia/Shanghai\""), seeded.value());
            assertTrue(seeded.key().equals("summit"));
        }
        try (TestKafka.Reader reader = TestKafka.tail("summit.invitations")) {
            given().auth()
                    .oauth2(TestTokens.organizer())
                    .contentType(ContentType.JSON)
                    .body(Json.with(SummitSettings.body(SummitSettings.ROOMY, DEADLINE), "venue", "Pudong"))
                    .put("/api/summit")
                    .then()
                    .statusCode(200);
            // other tests' PUTs may still be on their way out of the outbox: wait for this one
            var changed = reader.await(
                    r -> "summit.updated".equals(TestKafka.header(r, "ce_type"))
                            && r.value().replaceAll("\\s", "").contains("\"venue\":\"Pudong\""),
                    Duration.ofSeconds(30));
            assertTrue(changed.key().equals("summit"));
        }
    }

    @Test
    void invalidSettingsNameTheField() {
        given().auth()
                .oauth2(TestTokens.organizer())
                .contentType(ContentType.JSON)
                .body(Json.with(SummitSettings.body(10, DEADLINE), "timezone", "Mars/Olympus"))
                .put("/api/summit")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("violations[0].field", equalTo("timezone"));
        given().auth()
                .oauth2(TestTokens.organizer())
                .contentType(ContentType.JSON)
                .body(SummitSettings.body(10, OffsetDateTime.parse("2027-04-01T00:00:00+08:00")))
                .put("/api/summit")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("rsvpDeadline"));
        given().auth()
                .oauth2(TestTokens.organizer())
                .contentType(ContentType.JSON)
                .body(Json.with(SummitSettings.body(-1, DEADLINE), "openConferenceUrl", "ftp:nope"))
                .put("/api/summit")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("capacity"))
                .body("violations.field", hasItem("openConferenceUrl"));
        given().auth()
                .oauth2(TestTokens.organizer())
                .contentType(ContentType.JSON)
                .body("{\"name\": 3")
                .put("/api/summit")
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
    }

    @Test
    void capacityCannotDropBelowTheSeatsTaken() {
        Invitations.create(Invitations.uniqueEmail())
                .statusCode(201)
                .extract()
                .path("token")
                .toString();
        String token = Invitations.sentToken();
        given().post("/api/rsvp/" + token + "/accept").then().statusCode(200);
        int taken = SummitSettings.seatsTaken();
        given().auth()
                .oauth2(TestTokens.organizer())
                .contentType(ContentType.JSON)
                .body(SummitSettings.body(taken - 1, DEADLINE))
                .put("/api/summit")
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body("seatsTaken", equalTo(taken));
    }

    @Test
    void statsCountEveryStatus() {
        given().auth()
                .oauth2(TestTokens.organizer())
                .get("/api/invitations/stats")
                .then()
                .statusCode(200)
                .body("byStatus.DRAFT", org.hamcrest.Matchers.notNullValue())
                .body("byStatus.REVOKED", org.hamcrest.Matchers.notNullValue())
                .body("capacity", equalTo(SummitSettings.ROOMY));
        given().get("/api/invitations/stats").then().statusCode(401);
    }
}
