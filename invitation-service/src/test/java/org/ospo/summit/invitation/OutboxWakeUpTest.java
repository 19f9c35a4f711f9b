package org.ospo.summit.invitation;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.ospo.summit.platform.testing.TestDb;
import org.ospo.summit.platform.testing.TestKafka;

/**
 * A committed outbox row wakes the relay (PostgreSQL NOTIFY, OutboxWakeUp) instead of waiting for its poll: with the
 * poll set to an hour, only the wake-up can publish within the test. A listener whose session the database ends
 * (as a restart does) listens again.
 */
@QuarkusTest
@TestProfile(OutboxWakeUpTest.PollHourly.class)
class OutboxWakeUpTest {
    private static final String DB = "summit_invitation_test";
    private static final String LISTENERS = "select count(*) from pg_stat_activity where datname = current_database() "
            + "and query like 'LISTEN outbox\\_event;%'";

    public static class PollHourly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("summit.outbox.poll-interval", "PT1H");
        }
    }

    @Test
    void aCommittedRowIsPublishedWithoutWaitingForThePoll() throws Exception {
        published();
    }

    @Test
    void aListenerWhoseSessionEndedListensAgain() throws Exception {
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> TestDb.count(DB, LISTENERS) == 1);
        TestDb.count(
                DB,
                "select count(pg_terminate_backend(pid)) from pg_stat_activity where "
                        + "datname = current_database() and query like 'LISTEN outbox\\_event;%'");
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> TestDb.count(DB, LISTENERS) == 1);
        published();
    }

    private static void published() throws Exception {
        try (TestKafka.Reader reader = TestKafka.tail("summit.invitations")) {
            String id = Invitations.create(Invitations.uniqueEmail())
                    .statusCode(201)
                    .extract()
                    .path("id");
            reader.await(r -> id.equals(r.key()), Duration.ofSeconds(30));
        }
    }
}
