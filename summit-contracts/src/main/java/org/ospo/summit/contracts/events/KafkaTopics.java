package org.ospo.summit.contracts.events;

/** Kafka topics of the suite (docs/events.md). Keys are aggregate ids. */
public final class KafkaTopics {
    public static final String INVITATIONS = "summit.invitations";
    public static final String ATTENDEES = "summit.attendees";
    public static final String AGENDA = "summit.agenda";
    /** Where consumers put messages they cannot process (poison messages), with the failure in headers. */
    public static final String DEAD_LETTER = "summit.dlq";

    private KafkaTopics() {}
}
