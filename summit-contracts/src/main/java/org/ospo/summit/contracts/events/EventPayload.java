package org.ospo.summit.contracts.events;

/** Marker for the data part of a summit CloudEvent; every implementation is listed in {@link EventType}. */
public sealed interface EventPayload
        permits InvitationCreated,
                InvitationSent,
                InvitationAccepted,
                InvitationWaitlisted,
                InvitationDeclined,
                InvitationExpired,
                InvitationRevoked,
                ReferralSubmitted,
                ReferralApproved,
                AttendeeRegistered,
                AttendeeWithdrawn,
                AttendeePreparationUpdated,
                AttendeeErased,
                AttendeeCheckedIn,
                AttendeeNextYearAnswered,
                IntroductionRequested,
                IntroductionAnswered,
                FeedbackGiven,
                SummitUpdated,
                AgendaPublished,
                SessionChanged,
                SessionCancelled {
    /** The id of the aggregate the event is about; used as the Kafka record key. */
    String aggregateId();

    /**
     * The edition (GET /api/summits) the event belongs to; null only in events written before the summit had
     * editions, which belong to the first edition ({@link Editions#of}).
     */
    Integer summitId();
}
