package org.ospo.summit.invitation.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.ospo.summit.contracts.events.InvitationAccepted;
import org.ospo.summit.contracts.events.InvitationStatus;
import org.ospo.summit.contracts.events.InvitationWaitlisted;
import org.ospo.summit.invitation.mail.InvitationMailer;
import org.ospo.summit.invitation.model.HistoryType;
import org.ospo.summit.invitation.model.Invitation;
import org.ospo.summit.invitation.model.InvitationAction;
import org.ospo.summit.invitation.model.InvitationHistoryEntry;
import org.ospo.summit.invitation.model.Summit;
import org.ospo.summit.invitation.repository.InvitationRepository;
import org.ospo.summit.invitation.repository.SummitRepository;
import org.ospo.summit.platform.db.DbErrors;
import org.ospo.summit.platform.outbox.Outbox;
import org.ospo.summit.platform.time.SummitClock;

/**
 * Seats, per edition. The invariant, whatever the concurrency and however many replicas run: an edition's
 * {@code seats_taken} is the number of its ACCEPTED invitations and never exceeds its capacity, and nobody waits on
 * the list while a seat is free. The database keeps the count ({@code V9__seat_counter.sql}): an invitation that
 * becomes ACCEPTED takes a seat when its transaction commits, and the commit fails if none is free; one that stops
 * being ACCEPTED gives its seat back at once.
 * <ul>
 * <li>An accept with a seat free takes it without waiting for other accepts ({@link #takeIfFree}): the edition's
 * row is locked only by the commit itself.</li>
 * <li>When no seat is free (seen before writing, or refused at the commit), the accept starts again under the
 * edition's row lock ({@link #allocate}): it reads the count there and waits on the list only if the edition is still
 * full, so a seat freed meanwhile is never missed.</li>
 * <li>Freeing a seat ({@link #release}) and raising the capacity happen under the same lock and give the free seats
 * to the longest waiting in the same transaction ({@link #promoteWaitlisted}).</li>
 * </ul>
 * Locks are taken in one order, so that two transactions never wait for each other: the invitation's row, then the
 * edition's row, then (promotion) waitlisted rows, passing over any that another transaction holds.
 */
@ApplicationScoped
public class SeatAllocator {
    private final InvitationRepository invitations;
    private final SummitRepository summits;
    private final Outbox outbox;
    private final InvitationMailer mailer;
    private final SummitClock clock;

    public SeatAllocator(
            InvitationRepository invitations,
            SummitRepository summits,
            Outbox outbox,
            InvitationMailer mailer,
            SummitClock clock) {
        this.invitations = invitations;
        this.summits = summits;
        this.outbox = outbox;
        this.mailer = mailer;
        this.clock = clock;
    }

    /** No seat was free for {@link #takeIfFree}: {@link #allocate} under the edition's lock. */
    public static final class NoSeatFree extends RuntimeException {
        NoSeatFree() {
            super("no seat free", null, false, false);
        }
    }

    /** SQLSTATE of a commit refused by the seat count (V9__seat_counter.sql): no seat was free after all */
    private static final String NO_SEAT_AT_COMMIT = "SUM01";

    /** Whether an accept failed for want of a seat: seen before writing, or refused at the commit. */
    public static boolean noSeatFree(Throwable error) {
        return error instanceof NoSeatFree || DbErrors.hasSqlState(error, NO_SEAT_AT_COMMIT);
    }

    /**
     * ACCEPTED if a seat looks free, taken when the caller's transaction commits; that commit fails if the seat is
     * gone by then ({@link #noSeatFree}). Fails with {@link NoSeatFree} at once if the edition looks full. Holds the
     * invitation's row lock, not the edition's.
     */
    public Uni<Invitation> takeIfFree(Invitation invitation, Summit summit) {
        InvitationAction.ACCEPT.check(invitation);
        if (summit.seatsTaken >= summit.capacity) {
            return Uni.createFrom().failure(new NoSeatFree());
        }
        invitation.respondedAt = clock.now();
        return seat(invitation, InvitationAction.ACCEPT, HistoryType.ACCEPTED, null);
    }

    /** ACCEPTED while a seat is left, WAITLISTED after; under the edition's row lock. */
    public Uni<Invitation> allocate(Invitation invitation, Summit summit) {
        InvitationAction.ACCEPT.check(invitation);
        invitation.respondedAt = clock.now();
        return summits.freeSeats(summit.id)
                .chain(free -> free > 0
                        ? seat(invitation, InvitationAction.ACCEPT, HistoryType.ACCEPTED, null)
                        : waitlist(invitation, summit));
    }

    /**
     * An ACCEPTED invitation left (declined or revoked; its seat is given back when the change is written): the seat
     * goes to the longest waiting; under the lock.
     */
    public Uni<Void> release(Summit summit) {
        return invitations.flush().chain(() -> promoteWaitlisted(summit)).replaceWithVoid();
    }

    /** Fills free seats with the oldest waitlisted invitees (first come, first served) and tells them; under the lock. */
    public Uni<List<Invitation>> promoteWaitlisted(Summit summit) {
        return summits.freeSeats(summit.id)
                .chain(free -> free <= 0
                        ? Uni.createFrom().item(List.<Invitation>of())
                        : invitations.oldestWaitlisted(summit.id, free).call(waiting -> promote(waiting, 0, summit)));
    }

    private Uni<Void> promote(List<Invitation> waiting, int index, Summit summit) {
        if (index >= waiting.size()) {
            return Uni.createFrom().voidItem();
        }
        Invitation invitation = waiting.get(index);
        return seat(invitation, InvitationAction.PROMOTE, HistoryType.PROMOTED, "a seat became free")
                .call(promoted -> mailer.promoted(promoted, summit))
                .chain(() -> promote(waiting, index + 1, summit));
    }

    private Uni<Invitation> seat(
            Invitation invitation, InvitationAction action, HistoryType historyType, String detail) {
        invitation.apply(action, InvitationStatus.ACCEPTED, clock.now());
        invitation.attendeeId = UUID.randomUUID();
        return invitations
                .addHistory(InvitationHistoryEntry.of(invitation.id, historyType, detail, clock.now()))
                .call(() -> outbox.record(new InvitationAccepted(
                        invitation.id,
                        invitation.summitId,
                        invitation.attendeeId,
                        invitation.email,
                        invitation.fullName,
                        invitation.company,
                        invitation.jobTitle,
                        invitation.locale,
                        invitation.updatedAt)))
                .replaceWith(invitation);
    }

    private Uni<Invitation> waitlist(Invitation invitation, Summit summit) {
        invitation.apply(InvitationAction.ACCEPT, InvitationStatus.WAITLISTED, clock.now());
        return invitations
                .addHistory(InvitationHistoryEntry.of(
                        invitation.id,
                        HistoryType.WAITLISTED,
                        "summit full (" + summit.capacity + " seats)",
                        clock.now()))
                .call(() -> outbox.record(new InvitationWaitlisted(
                        invitation.id,
                        invitation.summitId,
                        invitation.email,
                        invitation.fullName,
                        invitation.updatedAt)))
                .replaceWith(invitation);
    }
}
