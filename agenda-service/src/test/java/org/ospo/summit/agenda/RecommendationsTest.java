package org.ospo.summit.agenda;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ospo.summit.agenda.RegistrationTest.eligible;
import static org.ospo.summit.agenda.RegistrationTest.register;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.ospo.summit.platform.testing.Json;
import org.ospo.summit.platform.testing.TestKafka;
import org.ospo.summit.platform.testing.TestTokens;

/** Recommendations from preparation topics (real attendee events), and demand per theme for organizers. */
@QuarkusTest
class RecommendationsTest {

    static void prepared(UUID attendee, String... topics) {
        String list = String.join(
                ", ", java.util.Arrays.stream(topics).map(t -> "\"" + t + "\"").toList());
        TestKafka.sendCloudEvent(
                "summit.attendees",
                attendee.toString(),
                UUID.randomUUID().toString(),
                "attendee.preparation-updated",
                "{\"attendeeId\": \"" + attendee + "\", \"topics\": [" + list
                        + "], \"readiness\": \"IN_PROGRESS\", \"completeness\": 50, \"sponsorshipOffered\": false, "
                        + "\"joinOrganizingTeam\": false, \"updatedAt\": \"2027-01-12T10:00:00+08:00\"}");
    }

    /** A published session on the given topics and kind, in a fresh room. */
    static String published(String kind, int capacity, String from, String to, String... topics) {
        String room = AgendaDraftAndPublishTest.room(100);
        String body = Json.with(
                AgendaDraftAndPublishTest.session("Rec " + UUID.randomUUID(), room, "R " + UUID.randomUUID(), from, to),
                "topics",
                topics,
                "kind",
                kind,
                "capacity",
                capacity);
        String id = AgendaDraftAndPublishTest.created(body);
        given().auth()
                .oauth2(TestTokens.organizer())
                .post("/api/agenda/publish")
                .then()
                .statusCode(200);
        return id;
    }

    @Test
    void sessionsAreRankedByMyTopicsWithoutFullOrClashingOnes() {
        UUID me = eligible();
        given().auth()
                .oauth2(TestTokens.attendee(me))
                .get("/api/agenda/me/recommendations")
                .then()
                .statusCode(200)
                .body("sessions", empty())
                .body("hint", notNullValue());
        prepared(me, "ECONOMICS", "HR");
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> given().auth()
                        .oauth2(TestTokens.attendee(me))
                        .get("/api/agenda/me/recommendations")
                        .then()
                        .extract()
                        .path("topics")
                        .equals(List.of("HR", "ECONOMICS")));

        String both = published("CASE_STUDY", 10, "16:00", "16:45", "ECONOMICS", "HR");
        String one = published("PRACTICE", 10, "15:00", "15:45", "HR");
        String other = published("PRACTICE", 10, "15:00", "15:45", "TECHNOLOGY");
        String full = published("ROUNDTABLE", 1, "13:00", "13:45", "ECONOMICS", "HR");
        register(eligible(), full).statusCode(201);
        String mine = published("KEYNOTE", 10, "17:00", "17:30", "MANAGEMENT");
        String clashes = published("ROUNDTABLE", 10, "17:15", "18:00", "ECONOMICS", "HR");
        register(me, mine).statusCode(201);

        var body = given().auth()
                .oauth2(TestTokens.attendee(me))
                .get("/api/agenda/me/recommendations")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<String> ids = body.getList("sessions.session.id");
        org.junit.jupiter.api.Assertions.assertTrue(
                ids.indexOf(both) >= 0 && ids.indexOf(one) > ids.indexOf(both), ids::toString);
        for (String absent : List.of(other, full, mine, clashes)) {
            org.junit.jupiter.api.Assertions.assertFalse(ids.contains(absent), absent + " should not be recommended");
        }
        Map<String, Object> top = body.getMap("sessions.find { it.session.id == '" + both + "' }");
        assertEquals(2, top.get("score"));
        assertEquals(List.of("ECONOMICS", "HR"), top.get("matchedTopics"));
        assertEquals(10, top.get("seatsLeft"));
        assertEquals("Covers 2 of your topics: ECONOMICS, HR", top.get("reason"));

        given().get("/api/agenda/me/recommendations").then().statusCode(401);
        given().auth()
                .oauth2(TestTokens.attendee(UUID.randomUUID()))
                .get("/api/agenda/me/recommendations")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.organizer())
                .get("/api/agenda/me/recommendations")
                .then()
                .statusCode(403);
    }

    @Test
    void demandSetsInterestPerThemeAgainstRoundtableSeats() {
        int interestedBefore = interestedIn("HR");
        int seatsBefore = seatsOn("HR");
        UUID a = eligible();
        UUID b = eligible();
        prepared(a, "HR", "LEGAL");
        prepared(b, "HR");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> interestedIn("HR") == interestedBefore + 2);
        published("ROUNDTABLE", 1, "08:00", "08:30", "HR");
        published("PRACTICE", 5, "08:00", "08:30", "HR");
        given().auth()
                .oauth2(TestTokens.organizer())
                .get("/api/agenda/demand")
                .then()
                .statusCode(200)
                .body("topic", equalTo(List.of("MANAGEMENT", "HR", "ECONOMICS", "LEGAL", "BUSINESS", "TECHNOLOGY")))
                .body("find { it.topic == 'HR' }.interestedAttendees", equalTo(interestedBefore + 2))
                .body("find { it.topic == 'HR' }.roundtableSeats", equalTo(seatsBefore + 1))
                .body(
                        "find { it.topic == 'HR' }.shortfall",
                        equalTo(Math.max(0, interestedBefore + 2 - seatsBefore - 1)));
        given().get("/api/agenda/demand").then().statusCode(401);
        given().auth()
                .oauth2(TestTokens.attendee(a))
                .get("/api/agenda/demand")
                .then()
                .statusCode(403);
    }

    private static int interestedIn(String topic) {
        return given().auth()
                .oauth2(TestTokens.organizer())
                .get("/api/agenda/demand")
                .then()
                .statusCode(200)
                .extract()
                .path("find { it.topic == '" + topic + "' }.interestedAttendees");
    }

    private static int seatsOn(String topic) {
        return given().auth()
                .oauth2(TestTokens.organizer())
                .get("/api/agenda/demand")
                .then()
                .extract()
                .path("find { it.topic == '" + topic + "' }.roundtableSeats");
    }
}
