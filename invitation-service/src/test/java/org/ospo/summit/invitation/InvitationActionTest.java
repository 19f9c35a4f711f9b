package org.ospo.summit.invitation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ospo.summit.contracts.events.InvitationStatus.*;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ospo.summit.contracts.events.InvitationStatus;
import org.ospo.summit.invitation.model.Invitation;
import org.ospo.summit.invitation.model.InvitationAction;
import org.ospo.summit.platform.problem.ProblemException;

/**
 * Every action against every status: the legal ones pass and move the invitation where the action leads, every other
 * one is a 409 and changes nothing (docs/api.md, "an invitation's lifecycle").
 */
class InvitationActionTest {
    private static final Map<InvitationAction, Set<InvitationStatus>> LEGAL = Map.of(
            InvitationAction.SEND, EnumSet.of(DRAFT),
            InvitationAction.RESEND, EnumSet.of(SENT),
            InvitationAction.REVOKE, EnumSet.of(DRAFT, SENT, WAITLISTED, ACCEPTED),
            InvitationAction.ACCEPT, EnumSet.of(SENT),
            InvitationAction.DECLINE, EnumSet.of(SENT, WAITLISTED, ACCEPTED),
            InvitationAction.EXPIRE, EnumSet.of(SENT),
            InvitationAction.PROMOTE, EnumSet.of(WAITLISTED));
    private static final Map<InvitationAction, List<InvitationStatus>> LEADS_TO = Map.of(
            InvitationAction.SEND, List.of(SENT),
            InvitationAction.RESEND, List.of(SENT),
            InvitationAction.REVOKE, List.of(REVOKED),
            InvitationAction.ACCEPT, List.of(ACCEPTED, WAITLISTED),
            InvitationAction.DECLINE, List.of(DECLINED),
            InvitationAction.EXPIRE, List.of(EXPIRED),
            InvitationAction.PROMOTE, List.of(ACCEPTED));
    private static final OffsetDateTime AT = OffsetDateTime.parse("2027-03-01T10:00:00+08:00");

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

    @ParameterizedTest
    @EnumSource(InvitationAction.class)
    void applyingMovesOnlyWhereTheActionLeadsAndOnlyFromItsStatuses(InvitationAction action) {
        assertEquals(LEADS_TO.get(action).get(0), action.target(), action + " leads first to");
        for (InvitationStatus status : InvitationStatus.values()) {
            for (InvitationStatus next : InvitationStatus.values()) {
                Invitation invitation = new Invitation();
                invitation.status = status;
                boolean legal = LEGAL.get(action).contains(status);
                boolean leads = LEADS_TO.get(action).contains(next);
                String what = action + " from " + status + " to " + next;
                try {
                    InvitationStatus left = invitation.apply(action, next, AT);
                    assertTrue(legal && leads, what + " applied");
                    assertEquals(status, left, what + ": the status it left");
                    assertEquals(next, invitation.status, what);
                    assertEquals(AT, invitation.updatedAt, what + ": when");
                } catch (ProblemException e) {
                    assertFalse(legal, what + " refused");
                    assertEquals(409, e.status(), what);
                    assertEquals(status, invitation.status, what + ": unchanged");
                    assertNull(invitation.updatedAt, what + ": unchanged");
                } catch (IllegalArgumentException e) {
                    assertTrue(legal && !leads, what + " rejected as a target");
                    assertEquals(status, invitation.status, what + ": unchanged");
                }
            }
        }
    }
}
