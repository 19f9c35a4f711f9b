package org.ospo.summit.agenda;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.ospo.summit.agenda.AgendaDraftAndPublishTest.post;
import static org.ospo.summit.agenda.AgendaDraftAndPublishTest.room;
import static org.ospo.summit.agenda.AgendaDraftAndPublishTest.session;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.ospo.summit.platform.testing.Json;
import org.ospo.summit.platform.testing.TestDb;
import org.ospo.summit.platform.testing.TestKafka;

/** Sessions stay inside the summit's days, learned from summit.updated through the broker. */
@QuarkusTest
class SummitDaysTest {

    /** sends summit.updated; returns its event id */
    static String announce(String startsAt, String endsAt, OffsetDateTime updatedAt) {
        String id = UUID.randomUUID().toString();
        TestKafka.sendCloudEvent(
                "summit.invitations",
                "summit",
                id,
                "summit.updated",
                "{\"name\": \"OSPO Summit\", \"startsAt\": \"" + startsAt + "\", \"endsAt\": \"" + endsAt
                        + "\", \"timezone\": \"Asia/Shanghai\", \"venue\": \"Shanghai\", \"updatedAt\": \"" + updatedAt
                        + "\"}");
        return id;
    }

    /** waits until the consumer has handled the event (its inbox row): the positive signal before "nothing changed" */
    static void awaitHandled(String ceId) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> inboxRows(ceId) == 1);
    }

    /** the first edition's days (other tests' editions have rows of their own) */
    static String knownDays() throws Exception {
        return TestDb.text(
                "summit_agenda_test",
                "select to_char(starts_at at time zone timezone, 'YYYY-MM-DD') || '/' "
                        + "|| to_char(ends_at at time zone timezone, 'YYYY-MM-DD') from summit_days where id = 1");
    }

    static long inboxRows(String ceId) throws Exception {
        return TestDb.count("summit_agenda_test", "select count(*) from processed_event where event_id = ?", ceId);
    }

    @Test
    void sessionsOutsideTheSummitsDaysAreRejected() throws Exception {
        OffsetDateTime now = OffsetDateTime.now().withNano(0);
        String unrelated = UUID.randomUUID().toString();
        TestKafka.sendCloudEvent(
                "summit.invitations",
                "summit",
                unrelated,
                "invitation.sent",
                "{\"invitationId\": \"" + UUID.randomUUID() + "\"}");
        String announcement = UUID.randomUUID().toString();
        TestKafka.sendCloudEvent(
                "summit.invitations",
                "summit",
                announcement,
                "summit.updated",
                "{\"name\": \"OSPO Summit\", \"startsAt\": \"2027-03-20T09:00:00+08:00\", \"endsAt\": "
                        + "\"2027-03-20T18:00:00+08:00\", \"timezone\": \"Asia/Shanghai\", \"venue\": \"Shanghai\", "
                        + "\"updatedAt\": \"" + now + "\"}");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "2027-03-20/2027-03-20".equals(knownDays()));
        org.junit.jupiter.api.Assertions.assertEquals(1, inboxRows(announcement));
        org.junit.jupiter.api.Assertions.assertEquals(
                0, inboxRows(unrelated), "the rest of summit.invitations is acknowledged without an inbox row");
        String late = announce("2027-05-01T09:00:00+08:00", "2027-05-02T18:00:00+08:00", now.minusDays(1));

        String hall = room(30);
        post(session("Day after", hall, "D " + UUID.randomUUID(), "2027-03-21", "10:00", "11:00"))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("startsAt"))
                .body("violations[0].message", containsString("2027-03-20 (Asia/Shanghai)"));
        post(Json.with(
                        session("Past midnight", hall, "M " + UUID.randomUUID(), "23:30", "23:45"),
                        "endsAt",
                        "2027-03-21T00:30:00+08:00"))
                .statusCode(400)
                .body("violations[0].field", equalTo("startsAt"));
        post(session("Early bird", hall, "E " + UUID.randomUUID(), "07:00", "07:30"))
                .statusCode(201);
        // the older announcement that arrived late changed nothing
        awaitHandled(late);
        org.junit.jupiter.api.Assertions.assertEquals("2027-03-20/2027-03-20", knownDays());
        given().get("/api/agenda").then().statusCode(200);
    }
}
