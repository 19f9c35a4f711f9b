package org.ospo.summit.invitation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.ospo.summit.platform.testing.Json;
import org.ospo.summit.platform.testing.TestDb;
import org.ospo.summit.platform.testing.TestTokens;

@QuarkusTest
class RsvpResourceTest {
    private static final String PROBLEM = "application/problem+json";

    @Test
    void viewShowsInviteeSummitAndDeadline() {
        String token = Invitations.sentToken();
        given().get("/api/rsvp/" + token)
                .then()
                .statusCode(200)
                .body("invitee.fullName", equalTo("李雷"))
                .body("invitee.company", equalTo("Example Tech"))
                .body("status", equalTo("SENT"))
                .body("summit.timezone", equalTo("Asia/Shanghai"))
                .body("summit.openConferenceUrl", notNullValue())
                .body("expiresAt", equalTo("2027-03-06T23:59:00.000+08:00"));
    }

    @Test
    void acceptGivesAnAttendeeTokenAndIsIdempotent() {
        String token = Invitations.sentToken();
        String attendeeId = given().post("/api/rsvp/" + token + "/accept")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("accessToken", notNullValue())
                .body("expiresIn", equalTo(2592000))
                .extract()
                .path("attendeeId");
        String again = given().post("/api/rsvp/" + token + "/accept")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .extract()
                .path("attendeeId");
        assertEquals(attendeeId, again, "accepting twice returns the same attendee");
        given().get("/api/rsvp/" + token)
                .then()
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .header("Cache-Control", equalTo("no-store"));
        given().post("/api/rsvp/" + token + "/token")
                .then()
                .statusCode(200)
                .header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void theInvitationPageCannotBeFramedCachedOrLeakItsUrl() {
        String token = Invitations.sentToken();
        var page = given().get("/rsvp/" + token)
                .then()
                .statusCode(200)
                .header("Cache-Control", equalTo("no-store"))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .extract();
        String csp = page.header("Content-Security-Policy");
        org.junit.jupiter.api.Assertions.assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        String nonce = csp.replaceAll(".*script-src 'nonce-([^']+)'.*", "$1");
        org.junit.jupiter.api.Assertions.assertTrue(
                page.asString().contains("<script nonce=\"" + nonce + "\">"),
                "the page's own script carries the nonce");
        String other = given().get("/rsvp/" + token).then().extract().header("Content-Security-Policy");
        org.junit.jupiter.api.Assertions.assertNotEquals(csp, other, "a fresh nonce per answer");
        given().get("/rsvp/unknown-token").then().statusCode(404).header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void acceptIsIdempotentWithoutKeysAndAnonymousKeysStoreNothing() throws Exception {
        String token = Invitations.sentToken();
        String key = java.util.UUID.randomUUID().toString();
        long before = TestDb.count("summit_invitation_test", "select count(*) from idempotency_key");
        String first = given().header("Idempotency-Key", key)
                .post("/api/rsvp/" + token + "/accept")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .extract()
                .path("attendeeId");
        given().header("Idempotency-Key", key)
                .post("/api/rsvp/" + token + "/accept")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("attendeeId", equalTo(first));
        // the link's endpoints are idempotent by design; nothing (no access token) is kept for an anonymous key
        assertEquals(before, TestDb.count("summit_invitation_test", "select count(*) from idempotency_key"));
    }

    @Test
    void theAttendeeTokenCarriesTheAttendeeRoleNotTheOrganizerOne() {
        String token = Invitations.sentToken();
        String accessToken = given().post("/api/rsvp/" + token + "/accept")
                .then()
                .statusCode(200)
                .extract()
                .path("accessToken");
        given().auth()
                .oauth2(accessToken)
                .get("/api/invitations")
                .then()
                .statusCode(403)
                .contentType(PROBLEM);
    }

    @Test
    void unknownTokenIs404ProblemAndDraftTokenToo() {
        given().get("/api/rsvp/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
                .then()
                .statusCode(404)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/unknown-token"));
        given().post("/api/rsvp/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/accept")
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
        String draft = given().auth()
                .oauth2(TestTokens.organizer())
                .contentType(ContentType.JSON)
                .body(Json.with(Invitations.body(Invitations.uniqueEmail()), "send", false))
                .post("/api/invitations")
                .then()
                .statusCode(201)
                .extract()
                .path("token");
        given().get("/api/rsvp/" + draft).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void overlongTokenIs400() {
        given().get("/api/rsvp/" + "x".repeat(200)).then().statusCode(400).contentType(PROBLEM);
    }
}
