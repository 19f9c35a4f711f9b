package org.ospo.summit.invitation.service;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.ospo.summit.contracts.events.InvitationAccepted;
import org.ospo.summit.invitation.api.RsvpView;
import org.ospo.summit.invitation.mapping.InvitationMapper;
import org.ospo.summit.invitation.model.Invitation;
import org.ospo.summit.invitation.model.InvitationHistoryEntry;
import org.ospo.summit.invitation.model.InvitationStatus;
import org.ospo.summit.invitation.model.Summit;
import org.ospo.summit.invitation.repository.InvitationRepository;
import org.ospo.summit.invitation.repository.SummitRepository;
import org.ospo.summit.invitation.security.InvitationTokens;
import org.ospo.summit.platform.outbox.Outbox;
import org.ospo.summit.platform.problem.ProblemException;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * The invitee's side, guarded by the RSVP token. Seats are allocated under the summit row's lock, in the database,
 * so they are never oversubscribed whatever the concurrency and however many replicas run.
 */
@ApplicationScoped
public class RsvpService {
    private final InvitationRepository invitations;
    private final SummitRepository summits;
    private final InvitationTokens tokens;
    private final Outbox outbox;

    public RsvpService(InvitationRepository invitations, SummitRepository summits, InvitationTokens tokens,
            Outbox outbox) {
        this.invitations = invitations;
        this.summits = summits;
        this.tokens = tokens;
        this.outbox = outbox;
    }

    @WithSession
    public Uni<RsvpView> view(String token) {
        return usable(token).chain(i -> summits.current().map(s -> InvitationMapper.rsvp(i, s)));
    }

    /** Accepting twice returns the same answer: an ACCEPTED invitation stays ACCEPTED, a WAITLISTED one waits. */
    @WithTransaction
    public Uni<Invitation> accept(String token) {
        return summits.lockForSeatAllocation().chain(summit -> usable(token).chain(invitation -> switch (invitation.status) {
            case ACCEPTED, WAITLISTED -> Uni.createFrom().item(invitation);
            case DECLINED -> Uni.createFrom().failure(
                    ProblemException.conflict("This invitation was declined; ask the organizers to invite you again"));
            default -> allocate(invitation, summit);
        }));
    }

    private Uni<Invitation> allocate(Invitation invitation, Summit summit) {
        if (OffsetDateTime.now().isAfter(summit.rsvpDeadline)) {
            return Uni.createFrom().failure(ProblemException.gone("The RSVP deadline has passed")
                    .with("openConferenceUrl", summit.openConferenceUrl));
        }
        return invitations.countByStatus(InvitationStatus.ACCEPTED).chain(taken -> {
            invitation.respondedAt = OffsetDateTime.now();
            if (taken >= summit.capacity) {
                invitation.moveTo(InvitationStatus.WAITLISTED);
                return invitations.addHistory(InvitationHistoryEntry.of(invitation.id, "WAITLISTED",
                        "summit full (" + summit.capacity + " seats)")).replaceWith(invitation);
            }
            invitation.moveTo(InvitationStatus.ACCEPTED);
            invitation.attendeeId = UUID.randomUUID();
            return invitations.addHistory(InvitationHistoryEntry.of(invitation.id, "ACCEPTED", null))
                    .call(() -> outbox.record(new InvitationAccepted(invitation.id, invitation.attendeeId,
                            invitation.email, invitation.fullName, invitation.company, invitation.jobTitle,
                            invitation.locale, invitation.respondedAt)))
                    .replaceWith(invitation);
        });
    }

    /** The invitation behind a token: unknown (or not sent yet) → 404, expired or revoked → 410. */
    private Uni<Invitation> usable(String token) {
        return invitations.findByTokenHash(tokens.hash(token)).chain(invitation -> {
            if (invitation == null || invitation.status == InvitationStatus.DRAFT) {
                return Uni.createFrom().failure(new ProblemException(404, "unknown-token", "Unknown invitation link",
                        "This invitation link is not valid"));
            }
            if (invitation.status.isGone()) {
                return Uni.createFrom().failure(ProblemException.gone("This invitation is "
                        + invitation.status.name().toLowerCase() + "; the open conference welcomes everyone"));
            }
            return Uni.createFrom().item(invitation);
        });
    }
}
