package org.ospo.summit.invitation.model;

import java.util.EnumSet;
import java.util.Set;

/** DRAFT → SENT → ACCEPTED | DECLINED | WAITLISTED | EXPIRED | REVOKED (contract 3.1). */
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
