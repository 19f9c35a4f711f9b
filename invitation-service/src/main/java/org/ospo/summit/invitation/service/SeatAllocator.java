package org.ospo.summit.invitation.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.ospo.summit.contracts.events.InvitationAccepted;
import org.ospo.summit.contracts.events.InvitationWaitlisted;
import org.ospo.summit.invitation.mail.InvitationMailer;
import org.ospo.summit.invitation.model.HistoryType;
import org.ospo.summit.invitation.model.Invitation;
import org.ospo.summit.invitation.model.InvitationAction;
import org.ospo.summit.invitation.model.InvitationHistoryEntry;
import org.ospo.summit.invitation.model.InvitationStatus;
import org.ospo.summit.invitation.model.Summit;
import org.ospo.summit.invitation.repository.InvitationRepository;
import org.ospo.summit.platform.outbox.Outbox;
import org.ospo.summit.platform.time.SummitClock;

import io.smallrye.mutiny.Uni;

/**
 * Seats, per edition. Every method must run in a transaction that holds the edition's row lock
 * ({@code SummitRepository.lockForSeatAllocation}): the edition's seat counts are read and changed under it, so its
 * seats are never oversubscribed, whatever the concurrency and however many replicas run.
 */
@ApplicationScoped
public class SeatAllocator {
    private final InvitationRepository invitations;
    private final Outbox outbox;
    private final InvitationMailer mailer;
    private final SummitClock clock;

    public SeatAllocator(InvitationRepository invitations, Outbox outbox, InvitationMailer mailer, SummitClock clock) {
        this.invitations = invitations;
        this.outbox = outbox;
        this.mailer = mailer;
        this.clock = clock;
    }

    /** ACCEPTED while a seat is left, WAITLISTED after. */
    public Uni<Invitation> allocate(Invitation invitation, Summit summit) {
        InvitationAction.ACCEPT.check(invitation);
        invitation.respondedAt = clock.now();
        return invitations.countByStatus(summit.id, InvitationStatus.ACCEPTED).chain(taken -> taken < summit.capacity
                ? seat(invitation, HistoryType.ACCEPTED, null)
                : waitlist(invitation, summit));
    }

    /** Fills free seats with the oldest waitlisted invitees (first come, first served) and tells them. */
    public Uni<List<Invitation>> promoteWaitlisted(Summit summit) {
        return invitations.countByStatus(summit.id, InvitationStatus.ACCEPTED).chain(taken -> {
            int free = (int) Math.max(0, summit.capacity - taken);
            if (free == 0) {
                return Uni.createFrom().item(List.<Invitation>of());
            }
            return invitations.oldestWaitlisted(summit.id, free).chain(waiting -> promote(waiting, 0, summit).replaceWith(waiting));
        });
    }

    private Uni<Void> promote(List<Invitation> waiting, int index, Summit summit) {
        if (index >= waiting.size()) {
            return Uni.createFrom().voidItem();
        }
        Invitation invitation = waiting.get(index);
        InvitationAction.PROMOTE.check(invitation);
        return seat(invitation, HistoryType.PROMOTED, "a seat became free")
                .call(promoted -> mailer.promoted(promoted, summit))
                .chain(() -> promote(waiting, index + 1, summit));
    }

    private Uni<Invitation> seat(Invitation invitation, HistoryType historyType, String detail) {
        invitation.moveTo(InvitationStatus.ACCEPTED, clock.now());
        invitation.attendeeId = UUID.randomUUID();
        return invitations.addHistory(InvitationHistoryEntry.of(invitation.id, historyType, detail, clock.now()))
                .call(() -> outbox.record(new InvitationAccepted(invitation.id, invitation.summitId, invitation.attendeeId,
                        invitation.email, invitation.fullName, invitation.company, invitation.jobTitle,
                        invitation.locale, invitation.updatedAt)))
                .replaceWith(invitation);
    }

    private Uni<Invitation> waitlist(Invitation invitation, Summit summit) {
        invitation.moveTo(InvitationStatus.WAITLISTED, clock.now());
        return invitations.addHistory(InvitationHistoryEntry.of(invitation.id, HistoryType.WAITLISTED,
                "summit full (" + summit.capacity + " seats)", clock.now()))
                .call(() -> outbox.record(new InvitationWaitlisted(invitation.id, invitation.summitId, invitation.email,
                        invitation.fullName, invitation.updatedAt)))
                .replaceWith(invitation);
    }
}
