package org.ospo.summit.attendee;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.ospo.summit.platform.testing.Json;
import org.ospo.summit.platform.testing.TestDb;
import org.ospo.summit.platform.testing.TestKafka;
import org.ospo.summit.platform.testing.TestTokens;

/**
 * Peer introductions through the broker: attendees come from invitation.accepted, are suggested to each other only
 * once both opted in, ranked by what they prepared; an introduction is asked once per pair, answered by its recipient
 * only, shares emails only once accepted, is announced on summit.attendees, and is limited to 10 a day; a withdrawal
 * (invitation.revoked) removes the attendee from all of it.
 */
@QuarkusTest
class IntroductionsTest {
    private static final String DB = "summit_attendee_test";
    private static final String PROBLEM = "application/problem+json";

    /** an attendee with a preparation (problems, topics) and, when {@code offers} is not null, opted in */
    private static UUID attendee(String name, String problem, String topics, String offers, String seeks) {
        UUID id = PreparationResourceTest.registered(name);
        PreparationResourceTest.put(id, "{\"problems\": [\"" + problem + "\"], \"topics\": [" + topics + "]}")
                .statusCode(200);
        if (offers != null) {
            card(
                            id,
                            "{\"optIn\": true, \"headline\": \"" + name + " here\", \"offers\": [" + offers
                                    + "], \"seeks\": [" + seeks + "]}")
                    .statusCode(200);
        }
        return id;
    }

    private static ValidatableResponse card(UUID id, String body) {
        return given().auth()
                .oauth2(TestTokens.attendee(id))
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/attendees/me/networking")
                .then();
    }

    private static ValidatableResponse suggestions(UUID id) {
        return given().auth()
                .oauth2(TestTokens.attendee(id))
                .get("/api/attendees/me/introductions")
                .then();
    }

    private static ValidatableResponse ask(UUID from, UUID to, String message) {
        return given().auth()
                .oauth2(TestTokens.attendee(from))
                .contentType(ContentType.JSON)
                .body(Json.with("{}", "toAttendeeId", to.toString(), "message", message))
                .post("/api/introductions")
                .then();
    }

    private static ValidatableResponse answer(UUID who, String id, String how) {
        return given().auth()
                .oauth2(TestTokens.attendee(who))
                .post("/api/introductions/" + id + "/" + how)
                .then();
    }

    private static ValidatableResponse box(UUID who, String box) {
        return given().auth()
                .oauth2(TestTokens.attendee(who))
                .queryParam("box", box)
                .get("/api/introductions")
                .then();
    }

    @Test
    void peersWhoOptedInAreSuggestedWithReasonsAndIntroducedOnceBothAgree() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String problem = "Licence review backlog " + tag;
        UUID lei = attendee(
                "Li Lei " + tag,
                problem,
                "\"LEGAL\", \"HR\"",
                "\"Inner source " + tag + "\"",
                "\"OSPO metrics " + tag + "\"");
        UUID han = attendee(
                "Han Meimei " + tag,
                problem.toUpperCase(),
                "\"LEGAL\"",
                "\"OSPO metrics " + tag + " for managers\"",
                "\"inner source " + tag + "\"");
        UUID weak = attendee("Weak Match " + tag, "Something else " + tag, "\"HR\"", "\"x\"", "\"y\"");
        UUID hidden = attendee("Not Opted In " + tag, problem, "\"LEGAL\", \"HR\"", null, null);

        // only those who opted in see others, and only those who opted in are seen
        suggestions(hidden).statusCode(409).contentType(PROBLEM).body("type", equalTo("/problems/networking-off"));
        suggestions(lei)
                .statusCode(200)
                .body("peers.attendeeId", contains(han.toString(), weak.toString()))
                .body("peers.attendeeId", not(hasItem(hidden.toString())))
                .body("peers[0].score", equalTo(3 + 3 + 2 + 2))
                .body("peers[0].sharedTopics", contains("LEGAL"))
                .body("peers[0].reasons[0]", equalTo("You both collected the problem “" + problem + "”"))
                .body("peers[0].email", nullValue())
                .body("peers[1].reasons", contains("You both want to discuss HR"));
        ask(lei, hidden, "hello").statusCode(404).contentType(PROBLEM);
        card(lei, "{\"headline\": \"no optIn\"}").statusCode(400).contentType(PROBLEM);
        card(
                        lei,
                        "{\"optIn\": true, \"offers\": [\"1\", \"2\", \"3\", \"4\", \"5\", \"6\", \"7\", \"8\", \"9\", "
                                + "\"10\", \"11\"]}")
                .statusCode(400)
                .contentType(PROBLEM);
        ask(lei, lei, "me").statusCode(400).contentType(PROBLEM);

        String id;
        try (TestKafka.Reader events = TestKafka.tail("summit.attendees")) {
            var created = ask(lei, han, "Coffee at the break?")
                    .statusCode(201)
                    .body("status", equalTo("PENDING"))
                    .body("from.email", nullValue())
                    .body("to.email", nullValue())
                    .body("topics", contains("LEGAL"))
                    .body("message", equalTo("Coffee at the break?"))
                    .extract();
            id = created.path("id");
            assertTrue(created.header("Location").endsWith("/api/introductions/" + id), created.header("Location"));
            ConsumerRecord<String, String> requested = events.await(
                    r -> id.equals(r.key()) && "introduction.requested".equals(TestKafka.header(r, "ce_type")),
                    Duration.ofSeconds(30));
            JsonNode data = new ObjectMapper().readTree(requested.value());
            assertEquals(lei.toString(), data.path("fromAttendeeId").asText());
            assertEquals(han.toString(), data.path("toAttendeeId").asText());
            assertTrue(data.path("message").isMissingNode(), "no message text in the event");
        }
        // one per pair, whoever asks
        ask(lei, han, "again").statusCode(409).contentType(PROBLEM).body("introductionId", equalTo(id));
        ask(han, lei, "the other way").statusCode(409).contentType(PROBLEM);
        suggestions(lei).body("peers.attendeeId", not(hasItem(han.toString())));

        box(han, "inbox").statusCode(200).body("box", equalTo("inbox")).body("items.id", contains(id));
        box(lei, "sent").statusCode(200).body("items.id", contains(id));
        box(lei, "inbox").statusCode(200).body("items", empty());
        box(lei, "outbox").statusCode(400).contentType(PROBLEM);

        // only the recipient answers; only the two see it
        answer(lei, id, "accept").statusCode(403).contentType(PROBLEM);
        answer(weak, id, "accept").statusCode(403);
        given().auth()
                .oauth2(TestTokens.attendee(weak))
                .get("/api/introductions/" + id)
                .then()
                .statusCode(403);
        try (TestKafka.Reader events = TestKafka.tail("summit.attendees")) {
            answer(han, id, "accept")
                    .statusCode(200)
                    .body("status", equalTo("ACCEPTED"))
                    .body("from.email", equalTo(lei + "@example.com"))
                    .body("to.email", equalTo(han + "@example.com"))
                    .body("answeredAt", notNullValue());
            ConsumerRecord<String, String> answered = events.await(
                    r -> id.equals(r.key()) && "introduction.answered".equals(TestKafka.header(r, "ce_type")),
                    Duration.ofSeconds(30));
            assertEquals(
                    "ACCEPTED",
                    new ObjectMapper().readTree(answered.value()).path("answer").asText());
        }
        answer(han, id, "accept").statusCode(200).body("status", equalTo("ACCEPTED"));
        answer(han, id, "decline").statusCode(409).contentType(PROBLEM);
        given().auth()
                .oauth2(TestTokens.attendee(lei))
                .get("/api/introductions/" + id)
                .then()
                .statusCode(200)
                .body("to.email", equalTo(han + "@example.com"));
        assertEquals(
                1,
                TestDb.count(
                        DB,
                        "select count(*) from outbox_event where aggregate_id = ? "
                                + "and event_type = 'introduction.answered'",
                        id));

        given().auth()
                .oauth2(TestTokens.organizer())
                .queryParam("summit", 1)
                .get("/api/introductions/stats")
                .then()
                .statusCode(200)
                .body("accepted", org.hamcrest.Matchers.greaterThanOrEqualTo(1))
                .body("mostSoughtTopics.topic", hasItem("LEGAL"));
        given().auth()
                .oauth2(TestTokens.attendee(lei))
                .get("/api/introductions/stats")
                .then()
                .statusCode(403);

        // opting out hides at once
        card(weak, "{\"optIn\": false}").statusCode(200).body("optIn", equalTo(false));
        suggestions(lei).body("peers.attendeeId", not(hasItem(weak.toString())));
    }

    @Test
    void aWithdrawnAttendeeDisappearsFromNetworkingEverywhere() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String problem = "Upstream budget " + tag;
        UUID stays = attendee("Stays " + tag, problem, "\"ECONOMICS\"", "\"a " + tag + "\"", "\"b " + tag + "\"");
        UUID leaves = attendee("Leaves " + tag, problem, "\"ECONOMICS\"", "\"b " + tag + "\"", "\"a " + tag + "\"");
        String id = ask(leaves, stays, "hi").statusCode(201).extract().path("id");
        box(stays, "inbox").body("items.id", contains(id));

        UUID invitation =
                UUID.fromString(TestDb.text(DB, "select invitation_id::text from attendee where id = ?", leaves));
        TestKafka.sendCloudEvent(
                "summit.invitations",
                invitation.toString(),
                UUID.randomUUID().toString(),
                "invitation.revoked",
                "{\"invitationId\": \"" + invitation + "\", \"summitId\": 1, \"attendeeId\": \"" + leaves
                        + "\", \"revokedAt\": \"2027-02-02T10:00:00+08:00\"}");
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> box(stays, "inbox").body("items", empty()));
        suggestions(stays).body("peers.attendeeId", not(hasItem(leaves.toString())));
        assertEquals(0, TestDb.count(DB, "select count(*) from networking where attendee_id = ?", leaves));
        ask(stays, leaves, "still there?").statusCode(404);
    }

    @Test
    void tenIntroductionsADayAndTheEleventhWaits() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UUID busy = attendee("Busy " + tag, "p " + tag, "\"TECHNOLOGY\"", "\"o " + tag + "\"", "\"s " + tag + "\"");
        List<UUID> peers = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            peers.add(attendee("Peer " + i + " " + tag, "q " + tag, "\"TECHNOLOGY\"", "\"o\"", "\"s\""));
        }
        for (int i = 0; i < 10; i++) {
            ask(busy, peers.get(i), null).statusCode(201);
        }
        ask(busy, peers.get(10), null)
                .statusCode(429)
                .contentType(PROBLEM)
                .header("Retry-After", notNullValue())
                .body("type", equalTo("/problems/introduction-limit"))
                .body("limit", equalTo(10));
        // the others still ask
        ask(peers.get(10), busy, "my first today").statusCode(201);
    }
}
