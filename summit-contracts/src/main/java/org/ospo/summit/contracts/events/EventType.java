package org.ospo.summit.contracts.events;

import java.util.Arrays;
import java.util.Optional;

/**
 * The catalogue of event types: CloudEvents {@code type}, the topic it is published on, and its payload record.
 * Producers and consumers both use this enum; the JSON Schema of each payload is
 * {@code META-INF/summit-events/schemas/<type>.schema.json} and the AsyncAPI document lists them all.
 */
public enum EventType {
    INVITATION_CREATED("invitation.created", KafkaTopics.INVITATIONS, InvitationCreated.class),
    INVITATION_SENT("invitation.sent", KafkaTopics.INVITATIONS, InvitationSent.class),
    INVITATION_ACCEPTED("invitation.accepted", KafkaTopics.INVITATIONS, InvitationAccepted.class),
    INVITATION_WAITLISTED("invitation.waitlisted", KafkaTopics.INVITATIONS, InvitationWaitlisted.class),
    INVITATION_DECLINED("invitation.declined", KafkaTopics.INVITATIONS, InvitationDeclined.class),
    INVITATION_EXPIRED("invitation.expired", KafkaTopics.INVITATIONS, InvitationExpired.class),
    INVITATION_REVOKED("invitation.revoked", KafkaTopics.INVITATIONS, InvitationRevoked.class),
    REFERRAL_SUBMITTED("referral.submitted", KafkaTopics.INVITATIONS, ReferralSubmitted.class),
    REFERRAL_APPROVED("referral.approved", KafkaTopics.INVITATIONS, ReferralApproved.class),
    ATTENDEE_REGISTERED("attendee.registered", KafkaTopics.ATTENDEES, AttendeeRegistered.class),
    ATTENDEE_WITHDRAWN("attendee.withdrawn", KafkaTopics.ATTENDEES, AttendeeWithdrawn.class),
    ATTENDEE_PREPARATION_UPDATED(
            "attendee.preparation-updated", KafkaTopics.ATTENDEES, AttendeePreparationUpdated.class),
    ATTENDEE_ERASED("attendee.erased", KafkaTopics.ATTENDEES, AttendeeErased.class),
    ATTENDEE_CHECKED_IN("attendee.checked-in", KafkaTopics.ATTENDEES, AttendeeCheckedIn.class),
    ATTENDEE_NEXT_YEAR_ANSWERED("attendee.next-year-answered", KafkaTopics.ATTENDEES, AttendeeNextYearAnswered.class),
    INTRODUCTION_REQUESTED("introduction.requested", KafkaTopics.ATTENDEES, IntroductionRequested.class),
    INTRODUCTION_ANSWERED("introduction.answered", KafkaTopics.ATTENDEES, IntroductionAnswered.class),
    SUMMIT_UPDATED("summit.updated", KafkaTopics.INVITATIONS, SummitUpdated.class),
    AGENDA_PUBLISHED("agenda.published", KafkaTopics.AGENDA, AgendaPublished.class),
    SESSION_CHANGED("session.changed", KafkaTopics.AGENDA, SessionChanged.class),
    SESSION_CANCELLED("session.cancelled", KafkaTopics.AGENDA, SessionCancelled.class),
    FEEDBACK_GIVEN("feedback.given", KafkaTopics.AGENDA, FeedbackGiven.class);

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
        return Arrays.stream(values())
                .filter(t -> t.payloadType == payload.getClass())
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no event type for " + payload.getClass()));
    }
}
