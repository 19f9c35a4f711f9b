package org.ospo.summit.invitation.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.ospo.summit.contracts.events.InvitationDeclined;
import org.ospo.summit.contracts.events.InvitationStatus;
import org.ospo.summit.contracts.problem.ProblemType;
import org.ospo.summit.invitation.api.RsvpView;
import org.ospo.summit.invitation.mapping.InvitationMapper;
import org.ospo.summit.invitation.model.HistoryType;
import org.ospo.summit.invitation.model.Invitation;
import org.ospo.summit.invitation.model.InvitationAction;
import org.ospo.summit.invitation.model.InvitationHistoryEntry;
import org.ospo.summit.invitation.model.InvitationInEdition;
import org.ospo.summit.invitation.model.Summit;
import org.ospo.summit.invitation.repository.InvitationRepository;
import org.ospo.summit.invitation.repository.SummitRepository;
import org.ospo.summit.invitation.security.InvitationTokens;
import org.ospo.summit.platform.outbox.Outbox;
import org.ospo.summit.platform.problem.ProblemException;
import org.ospo.summit.platform.time.SummitClock;

/**
 * The invitee's side, guarded by the RSVP token, which belongs to one edition. Accept and decline lock the
 * invitation's row, then the edition's as {@link SeatAllocator} needs; repeating either returns the same answer; a
 * past edition's invitations take no answer any more (409 naming it).
 */
@ApplicationScoped
public class RsvpService {
    private final InvitationRepository invitations;
    private final SummitRepository summits;
    private final InvitationTokens tokens;
    private final Outbox outbox;
    private final SeatAllocator seats;
    private final SummitClock clock;
    private final Counter withoutWaiting;
    private final Counter underEditionLock;

    public RsvpService(
            InvitationRepository invitations,
            SummitRepository summits,
            InvitationTokens tokens,
            Outbox outbox,
            SeatAllocator seats,
            SummitClock clock,
            MeterRegistry registry) {
        this.withoutWaiting = accepts(registry, "seat-free");
        this.underEditionLock = accepts(registry, "edition-lock");
        this.invitations = invitations;
        this.summits = summits;
        this.tokens = tokens;
        this.outbox = outbox;
        this.seats = seats;
        this.clock = clock;
    }

    /** What the invitation page shows behind {@code token} (an unknown link: the current edition's open conference). */
    public Uni<RsvpPage> page(String token) {
        return invitations
                .readByTokenHashInEdition(tokens.hash(token))
                .chain(found -> found == null
                        ? Panache.withSession(() -> summits.edition(null)).map(s -> RsvpPage.of(null, s, clock.now()))
                        : Uni.createFrom().item(RsvpPage.of(found.invitation(), found.summit(), clock.now())));
    }

    public Uni<RsvpView> view(String token) {
        return usable(token).map(found -> InvitationMapper.rsvp(found.invitation(), found.summit()));
    }

    /**
     * Accepts: a free seat is taken without waiting for other accepts ({@link SeatAllocator#takeIfFree}); when none
     * is (or the commit finds it gone), the answer is given again under the edition's row lock, which waitlists. Each
     * attempt is a transaction of its own.
     */
    public Uni<Invitation> accept(String token) {
        return Panache.withTransaction(() -> accept(token, false))
                .invoke(() -> withoutWaiting.increment())
                .onFailure(SeatAllocator::noSeatFree)
                .recoverWithUni(() ->
                        Panache.withTransaction(() -> accept(token, true)).invoke(() -> underEditionLock.increment()));
    }

    private static Counter accepts(MeterRegistry registry, String path) {
        return Counter.builder("summit.rsvp.accepts")
                .tag("path", path)
                .description("Accepts answered (a repeat included) by taking a free seat at once (seat-free) or under "
                        + "the edition's row lock, where a full edition waitlists (edition-lock)")
                .register(registry);
    }

    private Uni<Invitation> accept(String token, boolean underEditionLock) {
        return answering(token, underEditionLock).chain(answering -> {
            Invitation invitation = answering.invitation();
            Summit summit = answering.summit();
            if (invitation.status == InvitationStatus.ACCEPTED || invitation.status == InvitationStatus.WAITLISTED) {
                return Uni.createFrom().item(invitation);
            }
            if (invitation.status == InvitationStatus.DECLINED) {
                return Uni.createFrom()
                        .failure(ProblemException.conflict(
                                        "This invitation was declined; ask the organizers if you wish to come after all")
                                .with("invitationStatus", InvitationStatus.DECLINED));
            }
            summit.checkSendsInvitations();
            if (clock.now().isAfter(summit.rsvpDeadline)) {
                return Uni.createFrom()
                        .failure(gone("The RSVP deadline has passed", summit)
                                .with("invitationStatus", InvitationStatus.EXPIRED));
            }
            return underEditionLock ? seats.allocate(invitation, summit) : seats.takeIfFree(invitation, summit);
        });
    }

    /** Declining after accepting is a withdrawal: the seat goes to the oldest waitlisted invitee. */
    @WithTransaction
    public Uni<Summit> decline(String token, String reason) {
        return answering(token, true).chain(answering -> {
            Invitation invitation = answering.invitation();
            Summit summit = answering.summit();
            if (invitation.status == InvitationStatus.DECLINED) {
                return Uni.createFrom().item(summit);
            }
            summit.checkWritable("invitations");
            InvitationStatus before = invitation.apply(InvitationAction.DECLINE, clock.now());
            invitation.respondedAt = invitation.updatedAt;
            return invitations
                    .addHistory(InvitationHistoryEntry.of(invitation.id, HistoryType.DECLINED, reason, clock.now()))
                    .call(() -> outbox.record(new InvitationDeclined(
                            invitation.id, invitation.summitId, invitation.attendeeId, reason, invitation.updatedAt)))
                    .call(() -> InvitationAction.freesSeat(before)
                            ? seats.release(summit)
                            : Uni.createFrom().voidItem())
                    .replaceWith(summit);
        });
    }

    /** The accepted invitation behind a token, to issue a fresh attendee token (lost token). */
    public Uni<Invitation> accepted(String token) {
        return usable(token).map(InvitationInEdition::invitation).map(invitation -> {
            if (invitation.status != InvitationStatus.ACCEPTED) {
                throw new ProblemException(
                        409,
                        ProblemType.NOT_ACCEPTED,
                        "Only an accepted invitation has an attendee token; this one is " + invitation.status);
            }
            return invitation;
        });
    }

    /**
     * The usable invitation behind a token, locked, and its edition, locked too when asked (the order of locks is
     * {@link SeatAllocator}'s: the invitation's row first).
     */
    private Uni<InvitationInEdition> answering(String token, boolean lockEdition) {
        return invitations
                .lockByTokenHash(tokens.hash(token))
                .onItem()
                .ifNull()
                .failWith(RsvpService::unknown)
                .chain(invitation -> (lockEdition
                                ? summits.lockForSeatAllocation(invitation.summitId)
                                : summits.edition(invitation.summitId))
                        .map(summit -> new InvitationInEdition(usable(invitation, summit), summit)));
    }

    /**
     * The usable invitation behind a token with its edition (one query; a token belongs to one edition): unknown (or
     * not sent yet) → 404, expired, revoked or erased → 410.
     */
    private Uni<InvitationInEdition> usable(String token) {
        return invitations
                .readByTokenHashInEdition(tokens.hash(token))
                .onItem()
                .ifNull()
                .failWith(RsvpService::unknown)
                .invoke(found -> usable(found.invitation(), found.summit()));
    }

    private static Invitation usable(Invitation invitation, Summit summit) {
        if (invitation == null || invitation.status == InvitationStatus.DRAFT) {
            throw unknown();
        }
        if (invitation.status.isGone()) {
            throw gone("This invitation is " + invitation.status.name().toLowerCase(), summit)
                    .with("invitationStatus", invitation.status);
        }
        if (invitation.isErased()) {
            throw gone("This invitation was erased at the person's request; the link no longer works", summit)
                    .with("invitationStatus", InvitationStatus.REVOKED);
        }
        return invitation;
    }

    private static ProblemException unknown() {
        return new ProblemException(404, ProblemType.UNKNOWN_TOKEN, "This invitation link is not valid");
    }

    private static ProblemException gone(String detail, Summit summit) {
        return ProblemException.gone(detail + "; the open conference welcomes everyone")
                .with("openConferenceUrl", summit.openConferenceUrl);
    }
}
