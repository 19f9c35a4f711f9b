package org.ospo.summit.agenda.model;

/**
 * Whether an attendee may register for sessions, as summit.attendees last said. Only {@link #ACTIVE} may; a withdrawal
 * or an erasure is final, so a late (replayed) attendee.registered never makes such an attendee active again.
 */
public enum Eligibility {
    /** attendee.registered */
    ACTIVE,
    /** attendee.withdrawn */
    WITHDRAWN,
    /** attendee.erased */
    ERASED;

    public boolean mayRegister() {
        return this == ACTIVE;
    }
}
