package org.ospo.summit.invitation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ospo.summit.platform.time.SummitClock;

/**
 * The RSVP deadline is the service's clock against the summit's deadline, whatever day the tests run: the clock is
 * set a minute before it (accepting works) and a second after it (410 with the open conference to go to instead).
 */
@QuarkusTest
class RsvpDeadlineTest {
    private static final OffsetDateTime DEADLINE = OffsetDateTime.parse("2027-03-06T23:59:00+08:00");

    @Inject
    SummitClock clock;

    @BeforeEach
    void deadline() {
        SummitSettings.roomy();
    }

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void aMinuteBeforeTheDeadlineTheInviteeCanAccept() {
        InvitationLifecycleTest.Created sent = InvitationLifecycleTest.sent();
        clock.travelTo(DEADLINE.minusMinutes(1).toInstant());
        given().get("/api/rsvp/" + sent.token())
                .then()
                .statusCode(200)
                .body("expiresAt", equalTo("2027-03-06T23:59:00.000+08:00"));
        given().post("/api/rsvp/" + sent.token() + "/accept")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"));
    }

    @Test
    void aSecondAfterTheDeadlineTheInviteeIsPointedToTheOpenConference() {
        InvitationLifecycleTest.Created sent = InvitationLifecycleTest.sent();
        clock.travelTo(DEADLINE.plusSeconds(1).toInstant());
        given().post("/api/rsvp/" + sent.token() + "/accept")
                .then()
                .statusCode(410)
                .contentType("application/problem+json")
                .body("openConferenceUrl", equalTo("https://gotc2023.oschina.net/"));
        given().auth()
                .oauth2(org.ospo.summit.platform.testing.TestTokens.organizer())
                .get("/api/invitations/" + sent.id())
                .then()
                .body("status", equalTo("SENT"));
    }

    @Test
    void theClockReadsWhereItWasSetAndTicksOnFromThere() {
        Instant at = DEADLINE.minusMinutes(1).toInstant();
        clock.travelTo(at);
        Instant read = clock.instant();
        org.junit.jupiter.api.Assertions.assertTrue(
                !read.isBefore(at) && read.isBefore(at.plusSeconds(5)), read::toString);
    }
}
