package org.ospo.summit.attendee;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.ospo.summit.platform.testing.Json;
import org.ospo.summit.platform.testing.TestKafka;
import org.ospo.summit.platform.testing.TestTokens;

/**
 * Attendees per edition, through the broker: an attendee belongs to the edition of the invitation they accepted,
 * organizer lists and figures are per edition (the current one by default), attendee events carry the edition, and a
 * past edition's preparations no longer change. The editions announced here are never current, so the tests that
 * follow keep the current edition they had.
 */
@QuarkusTest
class AttendeeEditionsTest {
    private static final String TOPIC = "summit.invitations";

    static String accepted(UUID invitationId, int summitId, UUID attendeeId, String name) {
        return Json.with(InvitationEventsConsumerTest.accepted(invitationId, attendeeId, name), "summitId", summitId);
    }

    /** Announces a (never current) edition; returns the event's id. */
    static String announce(int summitId, String status, OffsetDateTime updatedAt) {
        String ceId = UUID.randomUUID().toString();
        TestKafka.sendCloudEvent(
                TOPIC,
                "summit",
                ceId,
                "summit.updated",
                "{\"summitId\": "
                        + summitId + ", \"name\": \"OSPO Summit\", \"year\": 2030, \"status\": \"" + status + "\", "
                        + "\"current\": false, \"startsAt\": \"2030-03-16T09:00:00+08:00\", \"endsAt\": "
                        + "\"2030-03-16T18:00:00+08:00\", \"timezone\": \"Asia/Shanghai\", \"venue\": \"Shanghai\", "
                        + "\"copiedFrom\": null, \"anonymisedAt\": "
                        + (status.equals("ARCHIVED") ? "\"" + updatedAt + "\"" : "null")
                        + ", \"updatedAt\": \"" + updatedAt + "\"}");
        return ceId;
    }

    private static io.restassured.specification.RequestSpecification organizer() {
        return given().auth().oauth2(TestTokens.organizer());
    }

    @Test
    void attendeesBelongToTheirEditionAndAPastEditionsPreparationsStay() {
        int edition = ThreadLocalRandom.current().nextInt(10_000, 1_000_000);
        OffsetDateTime at = OffsetDateTime.parse("2029-11-01T10:00:00+08:00");
        announce(edition, "OPEN", at);
        UUID attendeeId = UUID.randomUUID();
        try (TestKafka.Reader attendees = TestKafka.tail("summit.attendees")) {
            TestKafka.sendCloudEvent(
                    TOPIC,
                    UUID.randomUUID().toString(),
                    UUID.randomUUID().toString(),
                    "invitation.accepted",
                    accepted(UUID.randomUUID(), edition, attendeeId, "Next Year"));
            InvitationEventsConsumerTest.awaitAttendee(attendeeId).body("summitId", equalTo(edition));
            ConsumerRecord<String, String> registered =
                    attendees.await(r -> attendeeId.toString().equals(r.key()), Duration.ofSeconds(30));
            assertEquals(true, registered.value().contains("\"summitId\":" + edition), registered.value());
        }

        // per edition: the new attendee is in their edition's list and figures, not in the current edition's
        organizer()
                .queryParam("summit", edition)
                .get("/api/attendees")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(attendeeId.toString()));
        organizer()
                .queryParam("summit", edition)
                .get("/api/attendees/stats")
                .then()
                .statusCode(200)
                .body("summitId", equalTo(edition))
                .body("total", equalTo(1));
        organizer()
                .get("/api/attendees?size=100")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(attendeeId.toString())));
        organizer().get("/api/attendees?summit=" + (edition + 1)).then().statusCode(404);
        organizer().get("/api/attendees/stats?summit=0").then().statusCode(400);

        // the edition closes: its attendees' preparations no longer change (409 naming it)
        PreparationResourceTest.put(attendeeId, "{\"ospoWorkReview\": \"Before the close\"}")
                .statusCode(200);
        announce(edition, "CLOSED", at.plusMinutes(1));
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> PreparationResourceTest.put(attendeeId, "{\"ospoWorkReview\": \"After the close\"}")
                                .extract()
                                .statusCode()
                        == 409);
        PreparationResourceTest.put(attendeeId, "{\"ospoWorkReview\": \"After the close\"}")
                .statusCode(409)
                .body("type", endsWith("edition-read-only"))
                .body("summitId", equalTo(edition));
        // an older announcement arriving late (a replay) does not reopen it
        String stale = announce(edition, "OPEN", at);
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> InvitationEventsConsumerTest.count(
                                "select count(*) from processed_event where event_id = ?", stale)
                        == 1);
        PreparationResourceTest.put(attendeeId, "{\"ospoWorkReview\": \"After the replay\"}")
                .statusCode(409);
        organizer()
                .queryParam("summit", edition)
                .get("/api/attendees")
                .then()
                .body("items[0].preparation.ospoWorkReview", equalTo("Before the close"));
    }

    @Test
    void anArchivedEditionsAttendeesLoseTheirProfilesWhenItIsAnonymisedAndItsFiguresStay() throws Exception {
        int edition = ThreadLocalRandom.current().nextInt(10_000, 1_000_000);
        OffsetDateTime at = OffsetDateTime.parse("2029-11-01T10:00:00+08:00");
        announce(edition, "OPEN", at);
        UUID attendeeId = UUID.randomUUID();
        TestKafka.sendCloudEvent(
                TOPIC,
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString(),
                "invitation.accepted",
                accepted(UUID.randomUUID(), edition, attendeeId, "Archived Person"));
        InvitationEventsConsumerTest.awaitAttendee(attendeeId);
        PreparationResourceTest.put(attendeeId, "{\"ospoWorkReview\": \"Our OSPO\", \"topics\": [\"LEGAL\"]}")
                .statusCode(200);
        given().auth()
                .oauth2(TestTokens.attendee(attendeeId))
                .contentType(ContentType.JSON)
                .body("{\"wouldReturn\": true, \"volunteerFor\": [\"HOSTING\"], \"suggestedTopics\": [\"Archives\"], "
                        + "\"nominate\": [\"peer@example.com\"]}")
                .put("/api/attendees/me/next-year")
                .then()
                .statusCode(200);
        var before = organizer()
                .queryParam("summit", edition)
                .get("/api/attendees/stats")
                .then()
                .extract();

        // invitation-service announces the edition archived and anonymised (its retention period passed)
        String ceId = announce(edition, "ARCHIVED", at.plusMonths(13));
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> InvitationEventsConsumerTest.count(
                                "select count(*) from processed_event where event_id = ?", ceId)
                        == 1);
        organizer().queryParam("summit", edition).get("/api/attendees").then().body("total", equalTo(0));
        organizer()
                .queryParam("summit", edition)
                .get("/api/attendees/stats")
                .then()
                .body("total", equalTo(before.<Integer>path("total")))
                .body("topics.LEGAL", equalTo(1))
                .body("inProgress", equalTo(before.<Integer>path("inProgress")));
        assertEquals(
                0,
                InvitationEventsConsumerTest.count(
                        "select count(*) from attendee where id = ?::uuid and "
                                + "(full_name is not null or email is not null or preparation is not null)",
                        attendeeId.toString()));
        assertEquals(
                1,
                InvitationEventsConsumerTest.count(
                        "select count(*) from attendee where id = ?::uuid and profile = 'REMOVED' "
                                + "and status = 'ACTIVE'",
                        attendeeId.toString()),
                "the profile is removed, the status kept for the figures");
        // next year's answer keeps its figures, not the words or the peer's email
        organizer()
                .queryParam("summit", edition)
                .get("/api/next-year/summary")
                .then()
                .statusCode(200)
                .body("wouldReturn", equalTo(1))
                .body("volunteers.HOSTING", equalTo(1))
                .body("suggestedTopics", org.hamcrest.Matchers.empty())
                .body("nominations", equalTo(0));
        // the dossier of an anonymised attendee cannot be written again
        PreparationResourceTest.put(attendeeId, "{\"ospoWorkReview\": \"Back again\"}")
                .statusCode(404);
    }
}
