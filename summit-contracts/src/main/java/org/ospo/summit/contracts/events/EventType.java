package org.ospo.summit.contracts.events;

import java.util.Arrays;
import java.util.Optional;

/**
 * The catalogue of event types: CloudEvents {@code type}, the topic it is published on, and its payload record.
 * Producers and consumers both use this enum; the JSON Schema of each payload is
 * {@code META-INF/summit-events/schemas/<type>.schema.json} and the AsyncAPI document lists them all.
 */
public enum EventType {
    INVITATION_CREATED("invitation.created", Topics.INVITATIONS, InvitationCreated.class),
    INVITATION_SENT("invitation.sent", Topics.INVITATIONS, InvitationSent.class),
    INVITATION_ACCEPTED("invitation.accepted", Topics.INVITATIONS, InvitationAccepted.class),
    INVITATION_WAITLISTED("invitation.waitlisted", Topics.INVITATIONS, InvitationWaitlisted.class),
    INVITATION_DECLINED("invitation.declined", Topics.INVITATIONS, InvitationDeclined.class),
    INVITATION_EXPIRED("invitation.expired", Topics.INVITATIONS, InvitationExpired.class),
    INVITATION_REVOKED("invitation.revoked", Topics.INVITATIONS, InvitationRevoked.class),
    REFERRAL_SUBMITTED("referral.submitted", Topics.INVITATIONS, ReferralSubmitted.class),
    REFERRAL_APPROVED("referral.approved", Topics.INVITATIONS, ReferralApproved.class),
    ATTENDEE_REGISTERED("attendee.registered", Topics.ATTENDEES, AttendeeRegistered.class),
    ATTENDEE_WITHDRAWN("attendee.withdrawn", Topics.ATTENDEES, AttendeeWithdrawn.class),
    ATTENDEE_PREPARATION_UPDATED("attendee.preparation-updated", Topics.ATTENDEES, AttendeePreparationUpdated.class),
    ATTENDEE_ERASED("attendee.erased", Topics.ATTENDEES, AttendeeErased.class),
    SUMMIT_UPDATED("summit.updated", Topics.INVITATIONS, SummitUpdated.class),
    AGENDA_PUBLISHED("agenda.published", Topics.AGENDA, AgendaPublished.class),
    SESSION_CHANGED("session.changed", Topics.AGENDA, SessionChanged.class),
    SESSION_CANCELLED("session.cancelled", Topics.AGENDA, SessionCancelled.class);

    private final String type;
    private final String topic;
    private final Class<? extends EventPayload> payloadType;

    EventType(String type, String topic, Class<? extends EventPayload> payloadType) {
        this.type = type;
        this.topic = topic;
        this.payloadType = payloadType;
    }

    /** The CloudEvents {@code ce_type}, e.g. {@code invitation.accepted}. */
    public String type() {
        return type;
    }

    public String topic() {
        return topic;
    }

    public Class<? extends EventPayload> payloadType() {
        return payloadType;
    }

    public String schemaResource() {
        return "META-INF/summit-events/schemas/" + type + ".schema.json";
    }

    public static Optional<EventType> fromType(String type) {
        return Arrays.stream(values()).filter(t -> t.type.equals(type)).findFirst();
    }

    public static EventType of(EventPayload payload) {
        return Arrays.stream(values()).filter(t -> t.payloadType == payload.getClass()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no event type for " + payload.getClass()));
    }
}
