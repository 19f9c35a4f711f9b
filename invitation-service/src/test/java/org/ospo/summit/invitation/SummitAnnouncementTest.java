package org.ospo.summit.invitation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ospo.summit.contracts.events.SummitUpdated;
import org.ospo.summit.invitation.service.SummitService;
import org.ospo.summit.platform.testing.TestDb;

/**
 * Every edition is announced from the code, built from the contract's record: at start each one never announced (a
 * new install's first edition: agenda-service learns its days from it), once, whatever the replicas; no hand-built
 * announcement is left to send.
 */
@QuarkusTest
class SummitAnnouncementTest {
    private static final String DB = "summit_invitation_test";

    @Inject
    SummitService summits;

    @Inject
    ObjectMapper json;

    @AfterEach
    void organizersSummitAgain() {
        // the newest summit.updated on the shared test broker stays the organizers' settings (see SeedSummitTest)
        SummitSettings.roomy();
    }

    @Test
    void theStartAnnouncedEveryEditionAndNoHandBuiltAnnouncementIsLeft() throws Exception {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> TestDb.count(DB, "select count(*) from summit where announced_at is null") == 0);
        assertEquals(
                0,
                TestDb.count(
                        DB,
                        "select count(*) from outbox_event where event_type = 'summit.updated' "
                                + "and published_at is null and payload not like '%\"summitId\"%'"));
    }

    @Test
    void anEditionNeverAnnouncedIsAnnouncedOnceAsTheContractSays() throws Throwable {
        TestDb.execute(DB, "update summit set announced_at = null where id = 1");

        assertEquals(1, VertxContextSupport.<Integer>subscribeAndAwait(summits::announcePending));
        assertEquals(0, VertxContextSupport.<Integer>subscribeAndAwait(summits::announcePending), "once");

        String payload = TestDb.text(
                DB, "select payload from outbox_event where event_type = 'summit.updated' order by id desc limit 1");
        SummitUpdated announced = json.readValue(payload, SummitUpdated.class);
        assertEquals(1, announced.summitId());
        assertTrue(announced.status() != null && announced.year() != null && announced.current() != null, payload);
        assertTrue(TestDb.count(DB, "select count(*) from summit where id = 1 and announced_at is not null") == 1);
    }
}
