package org.ospo.summit.platform.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ospo.summit.contracts.events.AttendeeErased;
import org.ospo.summit.contracts.events.EventType;
import org.ospo.summit.platform.testing.InMemoryEvents;

/**
 * What the inbox reads off a delivered message before any transaction: a CloudEvent's id, type and data, or a poison
 * message (dead-lettered, never retried). Plain JUnit; the claim and the retries run against PostgreSQL in every
 * service's consumer tests.
 */
class InboundEventTest {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    @Test
    void aCloudEventGivesItsIdTypeAndData() {
        String id = UUID.randomUUID().toString();
        UUID attendee = UUID.randomUUID();
        String data = "{\"attendeeId\": \"" + attendee + "\", \"summitId\": 2, \"invitationId\": \"" + UUID.randomUUID()
                + "\", \"erasedAt\": \"2027-01-20T10:00:00+08:00\"}";

        InboundEvent event = InboundEvent.from(
                InMemoryEvents.cloudEvent(id, "attendee.erased", data).message());

        assertEquals(id, event.id());
        assertEquals(Optional.of(EventType.ATTENDEE_ERASED), event.eventType());
        AttendeeErased erased = event.data(AttendeeErased.class, JSON);
        assertEquals(attendee, erased.attendeeId());
        assertEquals(2, erased.summitId());
    }

    @Test
    void aTypeThisBuildDoesNotKnowIsReadNotRejected() {
        InboundEvent event = InboundEvent.from(
                InMemoryEvents.cloudEvent("e1", "checkin.done", "{}").message());

        assertEquals(Optional.empty(), event.eventType(), "the consumer acknowledges it as not its own");
    }

    @Test
    void aRecordWithoutCloudEventHeadersIsPoison() {
        PoisonMessageException e = assertThrows(
                PoisonMessageException.class,
                () -> InboundEvent.from(InMemoryEvents.plain("{}").message()));
        assertTrue(e.getMessage().startsWith("not a CloudEvent"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void anEventWithoutDataIsPoison(String data) {
        assertThrows(
                PoisonMessageException.class,
                () -> InboundEvent.from(
                        InMemoryEvents.cloudEvent("e2", "attendee.erased", data).message()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"attendeeId\": \"not-a-uuid\"}", "{\"attendeeId\": ", "null", "[1, 2]"})
    void dataThatIsNotThePayloadOfItsTypeIsPoisonNamingTheEvent(String data) {
        InboundEvent event = InboundEvent.from(
                InMemoryEvents.cloudEvent("e3", "attendee.erased", data).message());

        PoisonMessageException e =
                assertThrows(PoisonMessageException.class, () -> event.data(AttendeeErased.class, JSON));
        assertTrue(e.getMessage().startsWith("event e3"), e.getMessage());
    }
}
