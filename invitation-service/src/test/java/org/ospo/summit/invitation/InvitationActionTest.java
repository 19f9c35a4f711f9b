package org.ospo.summit.invitation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ospo.summit.invitation.model.Invitation;
import org.ospo.summit.invitation.model.InvitationAction;
import org.ospo.summit.invitation.model.InvitationStatus;
import org.ospo.summit.platform.problem.ProblemException;

import static org.ospo.summit.invitation.model.InvitationStatus.*;

/** Every action against every status: the legal ones pass, every other one is a 409 (contract 3.1). */
class InvitationActionTest {
    private static final Map<InvitationAction, Set<InvitationStatus>> LEGAL = Map.of(
            InvitationAction.SEND, EnumSet.of(DRAFT),
            InvitationAction.RESEND, EnumSet.of(SENT),
            InvitationAction.REVOKE, EnumSet.of(DRAFT, SENT, WAITLISTED, ACCEPTED),
            InvitationAction.ACCEPT, EnumSet.of(SENT),
            InvitationAction.DECLINE, EnumSet.of(SENT, WAITLISTED, ACCEPTED),
            InvitationAction.EXPIRE, EnumSet.of(SENT),
            InvitationAction.PROMOTE, EnumSet.of(WAITLISTED));

    @ParameterizedTest
    @EnumSource(InvitationAction.class)
    void eachActionIsLegalFromExactlyItsStatuses(InvitationAction action) {
        for (InvitationStatus status : InvitationStatus.values()) {
            Invitation invitation = new Invitation();
            invitation.status = status;
            boolean legal = LEGAL.get(action).contains(status);
            assertEquals(legal, action.allowedFrom(status), action + " from " + status);
            try {
                action.check(invitation);
                assertEquals(true, legal, action + " from " + status + " passed");
            } catch (ProblemException e) {
                assertEquals(false, legal, action + " from " + status + " refused");
                assertEquals(409, e.status());
            }
        }
    }
}
