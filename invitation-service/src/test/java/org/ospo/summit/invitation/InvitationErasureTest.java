package org.ospo.summit.invitation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ospo.summit.platform.testing.TestKafka;
import org.ospo.summit.platform.testing.TestTokens;

/** attendee.erased through the broker: the invitation is anonymised but still counts its seat. */
@QuarkusTest
class InvitationErasureTest {
    @BeforeEach
    void roomy() {
        SummitSettings.roomy();
    }

    @Test
    void anErasedAttendeesInvitationKeepsOnlyWhatSeatCountingNeeds() {
        InvitationLifecycleTest.Created invited = InvitationLifecycleTest.sent();
        var accepted = given().post("/api/rsvp/" + invited.token() + "/accept")
                .then()
                .statusCode(200)
                .extract();
        String attendeeId = accepted.path("attendeeId");
        int taken = SummitSettings.seatsTaken();
        String erased = "{\"attendeeId\": \"" + attendeeId + "\", \"invitationId\": \"" + invited.id() + "\", "
                + "\"erasedAt\": \"2027-01-20T10:00:00+08:00\"}";
        String ceId = UUID.randomUUID().toString();
        TestKafka.sendCloudEvent("summit.attendees", attendeeId, ceId, "attendee.erased", erased);
        TestKafka.sendCloudEvent("summit.attendees", attendeeId, ceId, "attendee.erased", erased);
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> "(erased)"
                        .equals(given().auth()
                                .oauth2(TestTokens.organizer())
                                .get("/api/invitations/" + invited.id())
                                .path("fullName")));
        given().auth()
                .oauth2(TestTokens.organizer())
                .get("/api/invitations/" + invited.id())
                .then()
                .body("email", equalTo("erased-" + invited.id() + "@erased.invalid"))
                .body("company", equalTo("(erased)"))
                .body("jobTitle", nullValue())
                .body("note", nullValue())
                .body("status", equalTo("ACCEPTED"))
                .body("events.type", hasItem("ERASED"));
        assertEquals(taken, SummitSettings.seatsTaken(), "the seat still counts");
        given().auth()
                .oauth2(TestTokens.organizer())
                .queryParam("q", invited.email())
                .get("/api/invitations")
                .then()
                .body("total", equalTo(0));
        // the person is gone: neither their link nor their attendee token opens anything any more
        String attendeeToken = accepted.path("accessToken");
        given().get("/api/rsvp/" + invited.token()).then().statusCode(410);
        given().post("/api/rsvp/" + invited.token() + "/token").then().statusCode(410);
        given().get("/rsvp/" + invited.token()).then().statusCode(410);
        given().auth().oauth2(attendeeToken).get("/api/invitations/me").then().statusCode(410);
        given().auth()
                .oauth2(attendeeToken)
                .contentType(io.restassured.http.ContentType.JSON)
                .body(ReferralResourceTest.nomination(Invitations.uniqueEmail()))
                .post("/api/referrals")
                .then()
                .statusCode(403);
    }

    @Test
    void aRevokedAttendeesTokenNoLongerReadsTheInvitation() {
        InvitationLifecycleTest.Created invited = InvitationLifecycleTest.sent();
        String attendeeToken = given().post("/api/rsvp/" + invited.token() + "/accept")
                .then()
                .statusCode(200)
                .extract()
                .path("accessToken");
        given().auth().oauth2(attendeeToken).get("/api/invitations/me").then().statusCode(200);
        given().auth()
                .oauth2(TestTokens.organizer())
                .post("/api/invitations/" + invited.id() + "/revoke")
                .then()
                .statusCode(200)
                .body("status", equalTo("REVOKED"));
        given().auth()
                .oauth2(attendeeToken)
                .get("/api/invitations/me")
                .then()
                .statusCode(410)
                .contentType("application/problem+json");
        given().post("/api/rsvp/" + invited.token() + "/token").then().statusCode(410);
        given().auth()
                .oauth2(attendeeToken)
                .contentType(io.restassured.http.ContentType.JSON)
                .body(ReferralResourceTest.nomination(Invitations.uniqueEmail()))
                .post("/api/referrals")
                .then()
                .statusCode(403);
    }
}
