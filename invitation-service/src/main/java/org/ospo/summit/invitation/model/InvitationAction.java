package org.ospo.summit.invitation.model;

import static org.ospo.summit.invitation.model.InvitationStatus.ACCEPTED;
import static org.ospo.summit.invitation.model.InvitationStatus.DRAFT;
import static org.ospo.summit.invitation.model.InvitationStatus.SENT;
import static org.ospo.summit.invitation.model.InvitationStatus.WAITLISTED;

import java.util.EnumSet;
import java.util.Set;

import org.ospo.summit.contracts.problem.ProblemType;
import org.ospo.summit.platform.problem.ProblemException;

/**
 * The invitation state machine (contract 3.1): which statuses each action may start from. An action from any other
 * status is an illegal transition (409). Repeating accept or decline is answered by the services with the same
 * result, before this table is asked.
 */
public enum InvitationAction {
    SEND(EnumSet.of(DRAFT)),
    RESEND(EnumSet.of(SENT)),
    REVOKE(EnumSet.of(DRAFT, SENT, WAITLISTED, ACCEPTED)),
    ACCEPT(EnumSet.of(SENT)),
    DECLINE(EnumSet.of(SENT, WAITLISTED, ACCEPTED)),
    EXPIRE(EnumSet.of(SENT)),
    PROMOTE(EnumSet.of(WAITLISTED));

    private final Set<InvitationStatus> from;

    InvitationAction(Set<InvitationStatus> from) {
        this.from = from;
    }

    public boolean allowedFrom(InvitationStatus status) {
        return from.contains(status);
    }

    /** Fails with 409 naming the action and the status when the transition is illegal. */
    public void check(Invitation invitation) {
        if (!allowedFrom(invitation.status)) {
            throw new ProblemException(409, ProblemType.ILLEGAL_TRANSITION, "Cannot "
                    + name().toLowerCase() + " an invitation that is " + invitation.status)
                    .with("invitationStatus", invitation.status.name()).with("action", name());
        }
    }

    public static boolean freesSeat(InvitationStatus before) {
        return before == ACCEPTED;
    }

}
