package org.ospo.summit.invitation.service;

import java.time.OffsetDateTime;
import org.ospo.summit.contracts.events.InvitationStatus;
import org.ospo.summit.invitation.api.RsvpView;
import org.ospo.summit.invitation.mapping.InvitationMapper;
import org.ospo.summit.invitation.model.Invitation;
import org.ospo.summit.invitation.model.Summit;

/**
 * What the invitation page shows behind a link: one of its states, the invitation as the invitee sees it (none for an
 * unknown link), and where everyone is welcome. The state decides which actions the page offers:
 * <ul>
 * <li>OPEN — sent, the deadline ahead, the edition taking answers: accept or decline;</li>
 * <li>ACCEPTED — next steps; decline (withdraw) remains;</li>
 * <li>WAITLISTED — waiting for a seat; leaving the list (decline) remains;</li>
 * <li>DECLINED, EXPIRED (the deadline passed, or the edition no longer takes answers), REVOKED (withdrawn by the
 * organizers, or erased), UNKNOWN — nothing to do but the open conference.</li>
 * </ul>
 * {@code changeable}: the edition still takes changes (withdrawing is offered only then).
 */
public record RsvpPage(State state, RsvpView view, String locale, String openConferenceUrl, boolean changeable) {

    public enum State {
        OPEN,
        ACCEPTED,
        WAITLISTED,
        DECLINED,
        EXPIRED,
        REVOKED,
        UNKNOWN;

        /** the page answers 200 while the link works, 410 once it no longer does, 404 when it never did */
        public int httpStatus() {
            return switch (this) {
                case EXPIRED, REVOKED -> 410;
                case UNKNOWN -> 404;
                default -> 200;
            };
        }
    }

    /** the page of {@code invitation} (null: none behind the link) in {@code summit}, at {@code now} */
    static RsvpPage of(Invitation invitation, Summit summit, OffsetDateTime now) {
        if (invitation == null || invitation.status == InvitationStatus.DRAFT) {
            return new RsvpPage(State.UNKNOWN, null, null, summit.openConferenceUrl, false);
        }
        State state = state(invitation, summit, now);
        RsvpView view =
                state == State.REVOKED && invitation.isErased() ? null : InvitationMapper.rsvp(invitation, summit);
        // a past edition is read-only: an accepted or waitlisted invitee can no longer withdraw through the page
        return new RsvpPage(state, view, invitation.locale, summit.openConferenceUrl, !summit.status.isReadOnly());
    }

    static State state(Invitation invitation, Summit summit, OffsetDateTime now) {
        if (invitation.isErased() || invitation.status == InvitationStatus.REVOKED) {
            return State.REVOKED;
        }
        return switch (invitation.status) {
            case ACCEPTED -> State.ACCEPTED;
            case WAITLISTED -> State.WAITLISTED;
            case DECLINED -> State.DECLINED;
            case EXPIRED -> State.EXPIRED;
            default ->
                now.isAfter(summit.rsvpDeadline) || !summit.status.sendsInvitations() ? State.EXPIRED : State.OPEN;
        };
    }
}
