package org.ospo.summit.attendee;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ospo.summit.platform.testing.Json;
import org.ospo.summit.platform.testing.TestKafka;
import org.ospo.summit.platform.testing.TestTokens;

/**
 * Organizer views on a seeded set. Its own profile restarts the app on a freshly cleaned database; in a full run the
 * consumer then catches up on the invitation events earlier modules published, so the test waits until that backlog
 * is absorbed, takes a baseline, and checks what the seeded attendees add.
 */
@QuarkusTest
@TestProfile(AttendeeInsightsTest.Seeded.class)
class AttendeeInsightsTest {
    private static final String PROBLEM = "application/problem+json";
    private static UUID ready;
    private static UUID started;
    private static Map<String, Object> baseline;
    private static int baselineWithdrawn;

    /** a profile of its own: the seeded app starts apart from the other tests' */
    public static class Seeded implements QuarkusTestProfile {}

    /** Seeds once, in the first test: RestAssured points at this profile's app only from beforeEach on. */
    @BeforeEach
    void seed() {
        if (ready != null) {
            return;
        }
        baseline = settledStats();
        baselineWithdrawn = given().auth()
                .oauth2(TestTokens.organizer())
                .queryParam("status", "WITHDRAWN")
                .get("/api/attendees")
                .then()
                .extract()
                .path("total");
        ready = PreparationResourceTest.registered("Ada Ready");
        PreparationResourceTest.put(
                        ready,
                        Json.with(
                                PreparationResourceTest.READY,
                                "problems",
                                List.of(
                                        "Budget for upstream work",
                                        "Licence review at scale",
                                        "budget for upstream work ")))
                .statusCode(200);
        started = PreparationResourceTest.registered("Bo Started");
        PreparationResourceTest.put(
                        started,
                        "{\"ospoWorkReview\": \"Just began\", \"topics\": [\"LEGAL\"], "
                                + "\"problems\": [\"  budget for   UPSTREAM work. \"]}")
                .statusCode(200);
        PreparationResourceTest.registered("Cy Notyet");
        UUID invitation = UUID.randomUUID();
        UUID gone = UUID.randomUUID();
        TestKafka.sendCloudEvent(
                "summit.invitations",
                invitation.toString(),
                UUID.randomUUID().toString(),
                "invitation.accepted",
                InvitationEventsConsumerTest.accepted(invitation, gone, "Di Gone"));
        InvitationEventsConsumerTest.awaitAttendee(gone);
        PreparationResourceTest.put(gone, PreparationResourceTest.READY).statusCode(200);
        TestKafka.sendCloudEvent(
                "summit.invitations",
                invitation.toString(),
                UUID.randomUUID().toString(),
                "invitation.revoked",
                AttendeeLifecycleTest.revoked(invitation, gone));
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> "WITHDRAWN".equals(AttendeeLifecycleTest.status(gone)));
    }

    /**
     * Stats once the consumer has caught up with everything on summit.invitations (what earlier tests sent is counted
     * before the baseline is taken, not during the test).
     */
    static Map<String, Object> settledStats() {
        Awaitility.await()
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> TestKafka.lag("attendee-service", "summit.invitations") == 0);
        return given().auth()
                .oauth2(TestTokens.organizer())
                .get("/api/attendees/stats")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("$");
    }

    static int base(String path) {
        Object value = baseline;
        for (String key : path.split("\\.")) {
            value = ((Map<?, ?>) value).get(key);
        }
        return ((Number) value).intValue();
    }

    @Test
    void statsCountActiveAttendeesTopicsOffersAndGroupedProblems() {
        given().auth()
                .oauth2(TestTokens.organizer())
                .get("/api/attendees/stats")
                .then()
                .statusCode(200)
                .body("total", equalTo(base("total") + 3))
                .body("ready", equalTo(base("ready") + 1))
                .body("inProgress", equalTo(base("inProgress") + 1))
                .body("notStarted", equalTo(base("notStarted") + 1))
                .body("topics.LEGAL", equalTo(base("topics.LEGAL") + 2))
                .body("topics.MANAGEMENT", equalTo(base("topics.MANAGEMENT") + 1))
                .body("topics.HR", equalTo(base("topics.HR")))
                .body("sponsorshipOffers", equalTo(base("sponsorshipOffers") + 1))
                .body("organizingVolunteers", equalTo(base("organizingVolunteers") + 1))
                .body("problems[0].text", equalTo("Budget for upstream work"))
                .body("problems[0].attendeeCount", equalTo(2))
                .body("problems.text", containsInAnyOrder("Budget for upstream work", "Licence review at scale"));
    }

    @Test
    void theListSortsAsAskedAndRefusesAnOrderItDoesNotKnow() {
        List<Integer> completeness = given().auth()
                .oauth2(TestTokens.organizer())
                .queryParam("sort", "COMPLETENESS")
                .queryParam("size", 100)
                .get("/api/attendees")
                .then()
                .statusCode(200)
                .header("Link", org.hamcrest.Matchers.containsString("rel=\"last\""))
                .extract()
                .jsonPath()
                .getList("items.completeness", Integer.class);
        org.junit.jupiter.api.Assertions.assertTrue(completeness.size() > 1, "seeded attendees listed");
        for (int i = 1; i < completeness.size(); i++) {
            org.junit.jupiter.api.Assertions.assertTrue(
                    completeness.get(i - 1) >= completeness.get(i), "best prepared first: " + completeness);
        }
        given().auth()
                .oauth2(TestTokens.organizer())
                .queryParam("sort", "completeness")
                .get("/api/attendees")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("violations[0].field", equalTo("sort"));
    }

    @Test
    void theListFiltersByReadinessTopicAndText() {
        given().auth()
                .oauth2(TestTokens.organizer())
                .queryParam("readiness", "READY")
                .get("/api/attendees")
                .then()
                .statusCode(200)
                .body("total", equalTo(base("ready") + 1))
                .body("items[0].fullName", equalTo("Ada Ready"));
        given().auth()
                .oauth2(TestTokens.organizer())
                .queryParam("topic", "LEGAL")
                .queryParam("readiness", "IN_PROGRESS")
                .get("/api/attendees")
                .then()
                .body("items.id", org.hamcrest.Matchers.hasItem(started.toString()));
        given().auth()
                .oauth2(TestTokens.organizer())
                .queryParam("q", "notyet")
                .get("/api/attendees")
                .then()
                .body("items.fullName", equalTo(List.of("Cy Notyet")));
        given().auth()
                .oauth2(TestTokens.organizer())
                .queryParam("size", 2)
                .get("/api/attendees")
                .then()
                .body("total", equalTo(base("total") + 3))
                .body("size", equalTo(2))
                .body("items.size()", equalTo(2));
        given().auth()
                .oauth2(TestTokens.organizer())
                .queryParam("status", "WITHDRAWN")
                .get("/api/attendees")
                .then()
                .body("total", equalTo(baselineWithdrawn + 1))
                .body("items[0].fullName", equalTo("Di Gone"));
        // the constants exactly as the document's enums list them, as in JSON bodies
        given().auth()
                .oauth2(TestTokens.organizer())
                .queryParam("topic", "legal")
                .get("/api/attendees")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("topic"));
    }

    @Test
    void badFiltersAndRoles() {
        given().auth()
                .oauth2(TestTokens.organizer())
                .queryParam("readiness", "ALMOST")
                .get("/api/attendees")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("violations[0].field", equalTo("readiness"));
        given().auth()
                .oauth2(TestTokens.organizer())
                .queryParam("topic", "GOSSIP")
                .get("/api/attendees")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("topic"));
        given().auth()
                .oauth2(TestTokens.organizer())
                .queryParam("size", 500)
                .get("/api/attendees")
                .then()
                .statusCode(400);
        given().auth()
                .oauth2(TestTokens.attendee(ready))
                .get("/api/attendees")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TestTokens.attendee(ready))
                .get("/api/attendees/stats")
                .then()
                .statusCode(403);
        given().get("/api/attendees/stats").then().statusCode(401).contentType(PROBLEM);
    }
}
