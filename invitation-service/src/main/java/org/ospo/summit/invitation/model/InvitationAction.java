package org.ospo.summit.invitation.model;

import static org.ospo.summit.contracts.events.InvitationStatus.ACCEPTED;
import static org.ospo.summit.contracts.events.InvitationStatus.DECLINED;
import static org.ospo.summit.contracts.events.InvitationStatus.DRAFT;
import static org.ospo.summit.contracts.events.InvitationStatus.EXPIRED;
import static org.ospo.summit.contracts.events.InvitationStatus.REVOKED;
import static org.ospo.summit.contracts.events.InvitationStatus.SENT;
import static org.ospo.summit.contracts.events.InvitationStatus.WAITLISTED;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ospo.summit.contracts.events.InvitationStatus;
import org.ospo.summit.contracts.problem.ProblemType;
import org.ospo.summit.platform.problem.ProblemException;

/**
 * The invitation state machine (docs/api.md, "an invitation's lifecycle"): which statuses each action may start from and which it leads to. An
 * action from any other status is an illegal transition (409). Repeating accept or decline is answered by the services
 * with the same result, before this table is asked. A status changes only through {@link Invitation#apply}, which
 * asks this table.
 */
public enum InvitationAction {
    SEND(EnumSet.of(DRAFT), SENT),
    RESEND(EnumSet.of(SENT), SENT),
    REVOKE(EnumSet.of(DRAFT, SENT, WAITLISTED, ACCEPTED), REVOKED),
    /** to a seat, or to the waiting list when none is left */
    ACCEPT(EnumSet.of(SENT), ACCEPTED, WAITLISTED),
    DECLINE(EnumSet.of(SENT, WAITLISTED, ACCEPTED), DECLINED),
    EXPIRE(EnumSet.of(SENT), EXPIRED),
    PROMOTE(EnumSet.of(WAITLISTED), ACCEPTED);

    private final Set<InvitationStatus> from;
    /** the first is where the action leads unless the caller names another of these */
    private final List<InvitationStatus> to;

    InvitationAction(Set<InvitationStatus> from, InvitationStatus... to) {
        this.from = from;
        this.to = List.of(to);
    }

    public boolean allowedFrom(InvitationStatus status) {
        return from.contains(status);
    }

    /** Where the action leads (ACCEPT: to a seat). */
    public InvitationStatus target() {
        return to.get(0);
    }

    public boolean leadsTo(InvitationStatus status) {
        return to.contains(status);
    }

    /**
     * Fails with 409 naming the action and the status when the transition is illegal; changes nothing. For a check
     * before deciding where to go ({@link Invitation#apply} checks again).
     */
    public void check(Invitation invitation) {
        if (!allowedFrom(invitation.status)) {
            throw new ProblemException(
                            409,
                            ProblemType.ILLEGAL_TRANSITION,
                            "Cannot " + name().toLowerCase() + " an invitation that is " + invitation.status)
                    .with("invitationStatus", invitation.status.name())
                    .with("action", name());
        }
    }

    public static boolean freesSeat(InvitationStatus before) {
        return before == ACCEPTED;
    }
}
