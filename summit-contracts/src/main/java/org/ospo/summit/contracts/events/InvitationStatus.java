package org.ospo.summit.contracts.events;

import java.util.EnumSet;
import java.util.Set;

/**
 * An invitation's status: DRAFT → SENT → ACCEPTED | DECLINED | WAITLISTED | EXPIRED | REVOKED (docs/api.md, "an
 * invitation's lifecycle"). Carried by invitation.created; the transitions are invitation-service's InvitationAction.
 */
public enum InvitationStatus {
    DRAFT,
    SENT,
    ACCEPTED,
    DECLINED,
    WAITLISTED,
    EXPIRED,
    REVOKED;

    /** Statuses in which the person still has an invitation in play (one per email). */
    public static final Set<InvitationStatus> OPEN = EnumSet.of(DRAFT, SENT, ACCEPTED, WAITLISTED);

    public boolean isGone() {
        return this == EXPIRED || this == REVOKED;
    }
}
