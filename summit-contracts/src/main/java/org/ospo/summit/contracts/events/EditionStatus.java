package org.ospo.summit.contracts.events;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where an edition of the summit stands. PLANNING (being prepared: drafts, settings, rooms) → OPEN (invitations go
 * out, invitees answer) → CLOSED (over: read-only) → ARCHIVED (read-only for good; its personal data is anonymised
 * once the installation's retention period has passed, its figures stay). A CLOSED edition may be reopened.
 */
public enum EditionStatus {
    PLANNING,
    OPEN,
    CLOSED,
    ARCHIVED;

    private static final Map<EditionStatus, Set<EditionStatus>> NEXT = Map.of(
            PLANNING, EnumSet.of(OPEN, CLOSED),
            OPEN, EnumSet.of(CLOSED),
            CLOSED, EnumSet.of(OPEN, ARCHIVED),
            ARCHIVED, EnumSet.noneOf(EditionStatus.class));

    /** Whether an edition in this status may be moved to {@code next} (staying where it is always may). */
    public boolean canMoveTo(EditionStatus next) {
        return next == this || NEXT.get(this).contains(next);
    }

    /** Past editions: their invitations, nominations, sessions and registrations no longer change. */
    public boolean isReadOnly() {
        return this == CLOSED || this == ARCHIVED;
    }

    /** Invitations are mailed and answered only while the edition is OPEN. */
    public boolean sendsInvitations() {
        return this == OPEN;
    }
}
