package org.ospo.summit.invitation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.ospo.summit.platform.testing.InMemoryEvents;
import org.ospo.summit.platform.testing.InMemoryEvents.Delivery;
import org.ospo.summit.platform.testing.TestDb;
import org.ospo.summit.platform.testing.TestTokens;

/**
 * What attendee events do to an invitation, without a broker (the in-memory connector; the real database): it keeps
 * the preparation's readiness (for inviting again by readiness); an erasure keeps only what seat counting needs, once however often it is
 * delivered, and closes the RSVP link. {@link InvitationErasureTest} proves the same through the broker.
 */
@QuarkusTest
@TestProfile(AttendeeEventsInMemoryTest.InMemory.class)
class AttendeeEventsInMemoryTest {
    public static class InMemory extends InMemoryEvents.Profile {
        public InMemory() {
            super("attendees", "agenda");
        }
    }

    @Inject
    @Connector(InMemoryEvents.CONNECTOR)
    InMemoryConnector connector;

    private InMemorySource<Message<String>> attendees;

    @BeforeEach
    void setUp() {
        SummitSettings.roomy();
        attendees = InMemoryEvents.source(connector, "attendees");
    }

    @Test
    void thePreparationsReadinessIsShownOnTheInvitation() throws Exception {
        Accepted accepted = accepted();

        deliver(
                "attendee.preparation-updated",
                "{\"attendeeId\": \"" + accepted.attendeeId() + "\", \"summitId\": 1, \"topics\": [\"LEGAL\"], "
                        + "\"readiness\": \"READY\", \"completeness\": 100, \"sponsorshipOffered\": false, "
                        + "\"joinOrganizingTeam\": false, \"updatedAt\": \"2027-01-12T10:00:00+08:00\"}");

        assertEquals(
                "READY",
                TestDb.text(
                        "summit_invitation_test",
                        "select readiness from invitation where id = ?::uuid",
                        accepted.invitationId()));
    }

    @Test
    void anErasureDeliveredTwiceErasesOnceAndClosesTheLink() throws Exception {
        Accepted accepted = accepted();
        String erased = "{\"attendeeId\": \"" + accepted.attendeeId() + "\", \"invitationId\": \""
                + accepted.invitationId() + "\", \"erasedAt\": \"2027-01-20T10:00:00+08:00\"}";
        String id = UUID.randomUUID().toString();

        for (int i = 0; i < 2; i++) {
            Delivery delivery = InMemoryEvents.cloudEvent(id, "attendee.erased", erased);
            attendees.send(delivery.message());
            assertNull(delivery.verdict());
        }

        invitation(accepted.invitationId())
                .body("fullName", equalTo("(erased)"))
                .body("status", equalTo("ACCEPTED"));
        assertEquals(
                1,
                TestDb.count(
                        "summit_invitation_test",
                        "select count(*) from invitation_history where invitation_id = ?::uuid and type = 'ERASED'",
                        accepted.invitationId()));
        assertEquals(
                1,
                TestDb.count(
                        "summit_invitation_test",
                        "select count(*) from invitation where id = ?::uuid and erased_at is not null",
                        accepted.invitationId()));
        given().get("/api/rsvp/" + accepted.token()).then().statusCode(410);
    }

    private record Accepted(String invitationId, String attendeeId, String token) {}

    private static Accepted accepted() {
        InvitationLifecycleTest.Created invited = InvitationLifecycleTest.sent();
        String attendeeId = given().post("/api/rsvp/" + invited.token() + "/accept")
                .then()
                .statusCode(200)
                .extract()
                .path("attendeeId");
        return new Accepted(invited.id(), attendeeId, invited.token());
    }

    private void deliver(String type, String data) throws Exception {
        Delivery delivery = InMemoryEvents.cloudEvent(UUID.randomUUID().toString(), type, data);
        attendees.send(delivery.message());
        assertNull(delivery.verdict(), type + " acknowledged");
    }

    private static io.restassured.response.ValidatableResponse invitation(String id) {
        return given().auth()
                .oauth2(TestTokens.organizer())
                .get("/api/invitations/" + id)
                .then()
                .statusCode(200);
    }
}
