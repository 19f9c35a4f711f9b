package org.ospo.summit.agenda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySource;
import jakarta.inject.Inject;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.spi.Connector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ospo.summit.platform.inbox.PoisonMessageException;
import org.ospo.summit.platform.testing.InMemoryEvents;
import org.ospo.summit.platform.testing.InMemoryEvents.Delivery;
import org.ospo.summit.platform.testing.TestDb;

/**
 * Who may register, from attendee events, without a broker (the in-memory connector; the real database): each event's
 * effect on an attendee's eligibility, whatever order they arrive in. {@link RegistrationTest} and the consumer's
 * real-broker tests prove the wiring.
 */
@QuarkusTest
@TestProfile(AttendeeEventsInMemoryTest.InMemory.class)
class AttendeeEventsInMemoryTest {
    private static final String DB = "summit_agenda_test";

    public static class InMemory extends InMemoryEvents.Profile {
        public InMemory() {
            super("attendees", "summit");
        }
    }

    @Inject
    @Connector(InMemoryEvents.CONNECTOR)
    InMemoryConnector connector;

    private InMemorySource<Message<String>> attendees;

    @BeforeEach
    void channel() {
        attendees = InMemoryEvents.source(connector, "attendees");
    }

    @Test
    void aRegisteredAttendeeMayRegisterUntilTheyWithdraw() throws Exception {
        UUID attendee = UUID.randomUUID();

        deliver("attendee.registered", attendee);
        assertEquals("ACTIVE", status(attendee));

        deliver("attendee.withdrawn", attendee);
        assertEquals("WITHDRAWN", status(attendee));
    }

    @Test
    void aWithdrawalOrErasureThatOvertookTheRegistrationIsKept() throws Exception {
        UUID withdrawn = UUID.randomUUID();
        UUID erased = UUID.randomUUID();

        deliver("attendee.withdrawn", withdrawn);
        deliver("attendee.registered", withdrawn);
        deliver("attendee.erased", erased);
        deliver("attendee.registered", erased);

        assertEquals("WITHDRAWN", status(withdrawn));
        assertEquals("ERASED", status(erased));
    }

    @Test
    void thePreparationsTopicsAreKeptForAnAttendeeAndIgnoredBeforeTheyRegistered() throws Exception {
        UUID attendee = UUID.randomUUID();
        UUID early = UUID.randomUUID();
        deliver("attendee.registered", attendee);

        deliver("attendee.preparation-updated", preparation(attendee));
        deliver("attendee.preparation-updated", preparation(early));

        assertEquals("LEGAL,BUSINESS", text("select topics from attendee_eligibility where attendee_id = ?", attendee));
        assertEquals(0, TestDb.count(DB, "select count(*) from attendee_eligibility where attendee_id = ?", early));
    }

    @Test
    void theSameEventTwiceIsOneEffectAndUnreadableDataIsDeadLettered() throws Exception {
        UUID attendee = UUID.randomUUID();
        String id = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            Delivery delivery = InMemoryEvents.cloudEvent(
                    id, "attendee.registered", RegistrationTest.attendeeData("attendee.registered", attendee));
            attendees.send(delivery.message());
            assertNull(delivery.verdict());
        }
        assertEquals(1, TestDb.count(DB, "select count(*) from processed_event where event_id = ?", id));

        Delivery unreadable =
                InMemoryEvents.cloudEvent(UUID.randomUUID().toString(), "attendee.withdrawn", "{\"attendeeId\": 42}");
        attendees.send(unreadable.message());
        assertInstanceOf(PoisonMessageException.class, unreadable.verdict());
        assertEquals("ACTIVE", status(attendee));
    }

    private void deliver(String type, UUID attendee) throws Exception {
        deliver(type, RegistrationTest.attendeeData(type, attendee));
    }

    private void deliver(String type, String data) throws Exception {
        Delivery delivery = InMemoryEvents.cloudEvent(UUID.randomUUID().toString(), type, data);
        attendees.send(delivery.message());
        assertNull(delivery.verdict(), type + " acknowledged");
    }

    private static String preparation(UUID attendee) {
        return "{\"attendeeId\": \"" + attendee + "\", \"summitId\": 1, \"topics\": [\"LEGAL\", \"BUSINESS\"], "
                + "\"readiness\": \"IN_PROGRESS\", \"completeness\": 50, \"sponsorshipOffered\": false, "
                + "\"joinOrganizingTeam\": false, \"updatedAt\": \"2027-01-12T10:00:00+08:00\"}";
    }

    private static String status(UUID attendee) throws Exception {
        return text("select status from attendee_eligibility where attendee_id = ?", attendee);
    }

    private static String text(String sql, UUID attendee) throws Exception {
        return TestDb.text(DB, sql, attendee);
    }
}
