package org.ospo.summit.agenda;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ospo.summit.platform.testing.Json;
import org.ospo.summit.platform.testing.TestDb;
import org.ospo.summit.platform.testing.TestKafka;
import org.ospo.summit.platform.testing.TestTokens;
import org.ospo.summit.platform.time.SummitClock;

/**
 * Feedback through the broker: attendees (from attendee.registered) rate a session they registered for once it has
 * started and the summit once its first day has; before that 409; a second rating replaces the first; each is
 * announced on summit.agenda; organizers read the summary per session and theme; an erasure takes the comments.
 */
@QuarkusTest
class FeedbackTest {
    private static final String DB = "summit_agenda_test";
    private static final String PROBLEM = "application/problem+json";

    @Inject
    SummitClock clock;

    /** the first edition's days, as an announcement would have set them (unless one did: any newer one wins) */
    @BeforeEach
    void summitDays() throws Exception {
        TestDb.execute(
                DB,
                "insert into summit_days (id, starts_at, ends_at, timezone, updated_at) values (1, "
                        + "'2027-03-20T00:00:00+08:00', '2027-03-21T23:59:00+08:00', 'Asia/Shanghai', "
                        + "'2000-01-01T00:00:00Z') on conflict (id) do nothing");
    }

    @AfterEach
    void backToTheTestDay() {
        clock.reset();
    }

    private static ValidatableResponse give(UUID attendee, String sessionId, int rating, String comment) {
        String body = Json.with("{}", "rating", rating, "comment", comment);
        if (sessionId != null) {
            body = Json.with(body, "sessionId", sessionId);
        }
        return given().auth()
                .oauth2(TestTokens.attendee(attendee))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/feedback")
                .then();
    }

    @Test
    void aSessionIsRatedOnceItStartedAndASecondRatingReplacesTheFirst() throws Exception {
        UUID attendee = RegistrationTest.eligible();
        UUID bystander = RegistrationTest.eligible();
        String session = RegistrationTest.publishedSession(50, "10:00", "11:00");
        RegistrationTest.register(attendee, session).statusCode(201);

        give(attendee, session, 5, "Great")
                .statusCode(409)
                .contentType(PROBLEM)
                .body("startsAt", equalTo("2027-03-20T10:00:00.000+08:00"));

        clock.travelTo(OffsetDateTime.parse("2027-03-20T10:30:00+08:00").toInstant());
        String id;
        try (TestKafka.Reader events = TestKafka.tail("summit.agenda")) {
            var created = give(attendee, session, 4, "Licence review, finally explained")
                    .statusCode(201)
                    .body("rating", equalTo(4))
                    .body("sessionId", equalTo(session))
                    .extract();
            id = created.path("id");
            assertTrue(created.header("Location").endsWith("/api/feedback/" + id));
            ConsumerRecord<String, String> given = events.await(
                    r -> id.equals(r.key()) && "feedback.given".equals(TestKafka.header(r, "ce_type")),
                    Duration.ofSeconds(30));
            JsonNode data = new ObjectMapper().readTree(given.value());
            assertEquals(false, data.path("replaced").asBoolean(true));
            assertTrue(data.path("comment").isMissingNode(), "no comment text in the event");

            give(attendee, session, 5, "On second thought: excellent")
                    .statusCode(200)
                    .body("id", equalTo(id))
                    .body("rating", equalTo(5));
            events.await(
                    r -> id.equals(r.key())
                            && r.value().contains("\"replaced\":true")
                            && r.value().contains("\"rating\":5"),
                    Duration.ofSeconds(30));
        }
        assertEquals(1, TestDb.count(DB, "select count(*) from feedback where attendee_id = ?", attendee));
        given().auth()
                .oauth2(TestTokens.attendee(attendee))
                .get("/api/feedback/" + id)
                .then()
                .statusCode(200)
                .body("comment", equalTo("On second thought: excellent"));
        given().auth()
                .oauth2(TestTokens.attendee(bystander))
                .get("/api/feedback/" + id)
                .then()
                .statusCode(404);

        give(bystander, session, 1, "I was not there").statusCode(403).contentType(PROBLEM);
        give(attendee, UUID.randomUUID().toString(), 3, null).statusCode(404).contentType(PROBLEM);
        give(attendee, session, 6, null).statusCode(400).contentType(PROBLEM);
        given().auth()
                .oauth2(TestTokens.attendee(UUID.randomUUID()))
                .contentType(ContentType.JSON)
                .body("{\"rating\": 3}")
                .post("/api/feedback")
                .then()
                .statusCode(403);

        given().auth()
                .oauth2(TestTokens.organizer())
                .get("/api/feedback/summary")
                .then()
                .statusCode(200)
                .body("sessions.find { it.sessionId == '" + session + "' }.ratings.count", equalTo(1))
                .body("sessions.find { it.sessionId == '" + session + "' }.ratings.average", equalTo(5.0f))
                .body(
                        "sessions.find { it.sessionId == '" + session + "' }.ratings.distribution",
                        contains(0, 0, 0, 0, 1))
                .body(
                        "sessions.find { it.sessionId == '" + session + "' }.ratings.comments",
                        contains("On second thought: excellent"))
                .body("themes.topic", hasItem("LEGAL"))
                .body("themes.find { it.topic == 'LEGAL' }.ratings.count", greaterThanOrEqualTo(1));
        given().auth()
                .oauth2(TestTokens.attendee(attendee))
                .get("/api/feedback/summary")
                .then()
                .statusCode(403);
    }

    @Test
    void theSummitIsRatedOnceItsFirstDayStartedAndAnErasureTakesTheComment() throws Exception {
        UUID attendee = RegistrationTest.eligible();
        Instant starts = Instant.ofEpochSecond(
                TestDb.count(DB, "select extract(epoch from starts_at)::bigint from summit_days where id = 1"));

        clock.travelTo(starts.minusSeconds(60));
        give(attendee, null, 5, "Can't wait").statusCode(409).contentType(PROBLEM);

        clock.travelTo(starts.plusSeconds(8 * 3600));
        String id = give(attendee, null, 5, "Exactly the peers I needed")
                .statusCode(201)
                .body("sessionId", equalTo(null))
                .extract()
                .path("id");
        give(attendee, null, 4, "Exactly the peers I needed, long queue at lunch")
                .statusCode(200)
                .body("id", equalTo(id));
        given().auth()
                .oauth2(TestTokens.organizer())
                .get("/api/feedback/summary")
                .then()
                .statusCode(200)
                .body("summit.count", greaterThanOrEqualTo(1))
                .body("summit.comments", hasItem("Exactly the peers I needed, long queue at lunch"));

        RegistrationTest.attendeeEvent("attendee.erased", attendee);
        RegistrationTest.awaitEligible(List.of(attendee), "ERASED");
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> TestDb.text(DB, "select coalesce(comment, '(none)') from feedback where id = ?::uuid", id)
                        .equals("(none)"));
        assertEquals("4", TestDb.text(DB, "select rating::text from feedback where id = ?::uuid", id));
    }
}
