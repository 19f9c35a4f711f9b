package org.ospo.summit.attendee;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ospo.summit.platform.testing.TestKafka;
import org.ospo.summit.platform.testing.TestTokens;

@QuarkusTest
class AttendeeResourceTest {
    private static final String PROBLEM = "application/problem+json";

    @Test
    void meNeedsAnAttendeeToken() {
        given().get("/api/attendees/me").then().statusCode(401).contentType(PROBLEM);
        given().auth()
                .oauth2(TestTokens.organizer())
                .get("/api/attendees/me")
                .then()
                .statusCode(403)
                .contentType(PROBLEM);
        given().auth()
                .oauth2("garbage")
                .get("/api/attendees/me")
                .then()
                .statusCode(401)
                .contentType(PROBLEM);
    }

    @Test
    void meBeforeTheAcceptanceArrivedIs404() {
        given().auth()
                .oauth2(TestTokens.attendee(UUID.randomUUID()))
                .get("/api/attendees/me")
                .then()
                .statusCode(404)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/attendee-not-found"));
    }

    @Test
    void organizersReadAnyAttendeeAttendeesDoNot() {
        UUID attendeeId = UUID.randomUUID();
        TestKafka.sendCloudEvent(
                "summit.invitations",
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString(),
                "invitation.accepted",
                InvitationEventsConsumerTest.accepted(UUID.randomUUID(), attendeeId, "Org View"));
        InvitationEventsConsumerTest.awaitAttendee(attendeeId);
        given().auth()
                .oauth2(TestTokens.organizer())
                .get("/api/attendees/" + attendeeId)
                .then()
                .statusCode(200)
                .body("fullName", equalTo("Org View"));
        given().auth()
                .oauth2(TestTokens.attendee(attendeeId))
                .get("/api/attendees/" + attendeeId)
                .then()
                .statusCode(403)
                .contentType(PROBLEM);
        given().get("/api/attendees/" + attendeeId).then().statusCode(401).contentType(PROBLEM);
    }

    /** GET /me reads its row on the reactive client, GET /{id} through Hibernate: every field the same. */
    @Test
    void meShowsWhatTheEntityHolds() {
        UUID attendee = PreparationResourceTest.registered("Same Both Ways");
        PreparationResourceTest.put(attendee, PreparationResourceTest.READY).statusCode(200);
        Map<String, Object> me = given().auth()
                .oauth2(TestTokens.attendee(attendee))
                .get("/api/attendees/me")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("$");
        Map<String, Object> entity = given().auth()
                .oauth2(TestTokens.organizer())
                .get("/api/attendees/" + attendee)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("$");
        assertEquals(entity, me);
        assertEquals("Same Both Ways", me.get("fullName"));
        assertEquals("READY", me.get("readiness"));
        assertNotNull(me.get("preparationUpdatedAt"));
        assertNotNull(((Map<?, ?>) me.get("preparation")).get("ospoWorkReview"));
    }

    @Test
    void unknownAndMalformedIdsAre404() {
        given().auth()
                .oauth2(TestTokens.organizer())
                .get("/api/attendees/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
        given().auth()
                .oauth2(TestTokens.organizer())
                .get("/api/attendees/xyz")
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
    }
}
