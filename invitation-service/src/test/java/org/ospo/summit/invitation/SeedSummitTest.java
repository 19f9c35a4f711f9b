package org.ospo.summit.invitation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ospo.summit.invitation.service.SummitService;
import org.ospo.summit.platform.testing.TestDb;
import org.ospo.summit.platform.testing.TestKafka;
import org.ospo.summit.platform.time.SummitClock;

/**
 * A fresh install's summit (the seed, which no organizer has set) never lies in the past: once the clock passes its
 * deadline the deadline job moves it ten weeks ahead and announces it; a summit the organizers set never moves.
 */
@QuarkusTest
class SeedSummitTest {
    @Inject
    SummitService summits;

    @Inject
    SummitClock clock;

    @AfterEach
    void organizersSummitAgain() {
        // set while the clock is still ahead, so this is the newest summit.updated on the shared test broker (the
        // agenda-service tests later read the topic from its start and keep the newest announcement)
        SummitSettings.roomy();
        clock.reset();
    }

    private boolean keepSeedAhead() {
        try {
            return VertxContextSupport.subscribeAndAwait(summits::keepSeedAhead);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aSeedWhoseDeadlinePassedMovesTenWeeksAheadAndIsAnnounced() throws Exception {
        SummitSettings.roomy();
        TestDb.execute("summit_invitation_test", "update summit set seed = true where id = 1");
        clock.travelTo(Instant.parse("2027-03-04T00:00:00Z"));
        assertEquals(false, keepSeedAhead(), "before its deadline the seed stays");

        clock.travelTo(Instant.parse("2027-03-07T00:00:00Z"));
        try (TestKafka.Reader reader = TestKafka.tail("summit.invitations")) {
            assertEquals(true, keepSeedAhead());
            reader.await(
                    r -> "summit.updated".equals(TestKafka.header(r, "ce_type"))
                            && r.value().contains("2027-05-16"),
                    Duration.ofSeconds(30));
        }
        given().get("/api/summit")
                .then()
                .statusCode(200)
                .body("startsAt", equalTo("2027-05-16T09:00:00.000+08:00"))
                .body("endsAt", equalTo("2027-05-16T18:00:00.000+08:00"))
                .body("rsvpDeadline", equalTo("2027-05-02T23:59:00.000+08:00"));
        assertEquals(false, keepSeedAhead(), "ahead again: nothing to move");
    }

    @Test
    void aSummitTheOrganizersSetNeverMoves() {
        SummitSettings.roomy();
        clock.travelTo(Instant.parse("2027-03-07T00:00:00Z"));
        assertEquals(false, keepSeedAhead());
        given().get("/api/summit")
                .then()
                .statusCode(200)
                .body("rsvpDeadline", equalTo("2027-03-06T23:59:00.000+08:00"));
    }
}
