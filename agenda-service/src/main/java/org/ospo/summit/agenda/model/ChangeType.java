package org.ospo.summit.agenda.model;

/** How a session changed from one published version to the next. */
public enum ChangeType {
    /** new in this version */
    ADDED,
    /** another time or room */
    MOVED,
    /** another title */
    RETITLED,
    /** another abstract, kind, topics, speakers or capacity */
    UPDATED,
    /** no longer in the agenda */
    CANCELLED;

    /** Whether the session stays and its calendar entry is revised (the iCalendar SEQUENCE grows). */
    public boolean revises() {
        return this == MOVED || this == RETITLED || this == UPDATED;
    }

    /** Whether the people registered for the session are told (session.changed, session.cancelled). */
    public boolean concernsAttendees() {
        return this == MOVED || this == CANCELLED;
    }
}
