package org.ospo.summit.attendee;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.ospo.summit.platform.testing.TestDb;
import org.ospo.summit.platform.testing.TestKafka;
import org.ospo.summit.platform.testing.TestTokens;

/**
 * Next year, through the broker: attendees (from invitation.accepted) answer whether they would come back, where they
 * would help, what to discuss and whom to invite; a later answer replaces the earlier one; each is announced with
 * the nominees; organizers read the summary without names; an erasure takes the answer.
 */
@QuarkusTest
class NextYearTest {
    private static final String DB = "summit_attendee_test";

    private static ValidatableResponse answer(UUID attendee, String body) {
        return given().auth()
                .oauth2(TestTokens.attendee(attendee))
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/attendees/me/next-year")
                .then();
    }

    /** the first edition's summary (the test attendees' edition) */
    private static Map<String, Object> summary() {
        return given().auth()
                .oauth2(TestTokens.organizer())
                .queryParam("summit", 1)
                .get("/api/next-year/summary")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("$");
    }

    @Test
    void answersAreAnnouncedReplacedAndSummarisedWithoutNames() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UUID first = PreparationResourceTest.registered("Next First " + tag);
        UUID second = PreparationResourceTest.registered("Next Second " + tag);
        given().auth()
                .oauth2(TestTokens.attendee(first))
                .get("/api/attendees/me/next-year")
                .then()
                .statusCode(200)
                .body("wouldReturn", nullValue());
        Map<String, Object> before = summary();

        try (TestKafka.Reader events = TestKafka.tail("summit.attendees")) {
            answer(
                            first,
                            "{\"wouldReturn\": true, \"volunteerFor\": [\"PROGRAM\", \"HOSTING\", \"PROGRAM\"], "
                                    + "\"suggestedTopics\": [\"AI licences " + tag + "\", \" ai LICENCES " + tag
                                    + ".\"], \"nominate\": [\"Peer." + tag + "@Example.com\"]}")
                    .statusCode(200)
                    .body("volunteerFor", contains("PROGRAM", "HOSTING"))
                    .body("suggestedTopics", contains("AI licences " + tag))
                    .body("nominate", contains("peer." + tag + "@example.com"));
            ConsumerRecord<String, String> announced = events.await(
                    r -> first.toString().equals(r.key())
                            && "attendee.next-year-answered".equals(TestKafka.header(r, "ce_type")),
                    Duration.ofSeconds(30));
            JsonNode data = new ObjectMapper().readTree(announced.value());
            assertEquals(
                    "peer." + tag + "@example.com",
                    data.path("nominees").path(0).asText());
            assertEquals(true, data.path("wouldReturn").asBoolean());
        }
        // a later answer replaces the first whole
        answer(
                        first,
                        "{\"wouldReturn\": true, \"volunteerFor\": [\"PROGRAM\"], \"suggestedTopics\": "
                                + "[\"AI licences " + tag + "\"]}")
                .statusCode(200)
                .body("nominate", empty());
        answer(second, "{\"wouldReturn\": false, \"suggestedTopics\": [\"ai licences " + tag + "\"]}")
                .statusCode(200);
        assertEquals(2, TestDb.count(DB, "select count(*) from next_year where attendee_id in (?, ?)", first, second));

        Map<String, Object> after = summary();
        assertEquals(number(before, "responses") + 2, number(after, "responses"));
        assertEquals(number(before, "wouldReturn") + 1, number(after, "wouldReturn"));
        assertEquals(number(before, "wouldNotReturn") + 1, number(after, "wouldNotReturn"));
        assertEquals(
                ((Number) ((Map<?, ?>) before.get("volunteers")).get("PROGRAM")).longValue() + 1,
                ((Number) ((Map<?, ?>) after.get("volunteers")).get("PROGRAM")).longValue());
        assertEquals(number(before, "nominations"), number(after, "nominations"), "the nominee was replaced away");
        List<?> topics = (List<?>) after.get("suggestedTopics");
        assertEquals(
                Map.of("topic", "AI licences " + tag, "count", 2),
                topics.stream()
                        .map(t -> (Map<?, ?>) t)
                        .filter(t ->
                                String.valueOf(t.get("topic")).toLowerCase().contains(tag))
                        .findFirst()
                        .orElseThrow(),
                "the same words from two attendees, counted once each, in the wording first seen");

        // validation, the organizers' summary only for organizers
        answer(first, "{\"volunteerFor\": [\"PROGRAM\"]}").statusCode(400);
        answer(first, "{\"wouldReturn\": true, \"volunteerFor\": [\"CATERING\"]}")
                .statusCode(400);
        answer(first, "{\"wouldReturn\": true, \"nominate\": [\"not-an-email\"]}")
                .statusCode(400);
        given().auth()
                .oauth2(TestTokens.attendee(first))
                .get("/api/next-year/summary")
                .then()
                .statusCode(403);

        // an erasure takes the answer
        given().auth()
                .oauth2(TestTokens.attendee(second))
                .delete("/api/attendees/me")
                .then()
                .statusCode(204);
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> TestDb.count(DB, "select count(*) from next_year where attendee_id = ?", second) == 0);
    }

    private static long number(Map<String, Object> summary, String key) {
        return ((Number) summary.get(key)).longValue();
    }
}
