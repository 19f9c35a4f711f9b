package org.ospo.summit.invitation.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.ospo.summit.contracts.events.InvitationCreated;
import org.ospo.summit.contracts.events.InvitationRevoked;
import org.ospo.summit.contracts.events.InvitationSent;
import org.ospo.summit.contracts.events.InvitationStatus;
import org.ospo.summit.invitation.api.CreateInvitationRequest;
import org.ospo.summit.invitation.api.InvitationSort;
import org.ospo.summit.invitation.api.InvitationView;
import org.ospo.summit.invitation.mail.InvitationMailer;
import org.ospo.summit.invitation.mapping.InvitationMapper;
import org.ospo.summit.invitation.model.HistoryType;
import org.ospo.summit.invitation.model.Invitation;
import org.ospo.summit.invitation.model.InvitationAction;
import org.ospo.summit.invitation.model.InvitationHistoryEntry;
import org.ospo.summit.invitation.model.Summit;
import org.ospo.summit.invitation.repository.InvitationRepository;
import org.ospo.summit.invitation.repository.SummitRepository;
import org.ospo.summit.invitation.security.InvitationTokens;
import org.ospo.summit.invitation.security.TokenSeal;
import org.ospo.summit.platform.db.DbErrors;
import org.ospo.summit.platform.outbox.Outbox;
import org.ospo.summit.platform.paging.Page;
import org.ospo.summit.platform.paging.PageRequest;
import org.ospo.summit.platform.problem.ProblemException;
import org.ospo.summit.platform.time.SummitClock;

/** Organizer-side invitation lifecycle. Every state change records history, its event and its mail in one transaction. */
@ApplicationScoped
public class InvitationService {
    private final InvitationRepository invitations;
    private final SummitRepository summits;
    private final InvitationTokens tokens;
    private final TokenSeal seal;
    private final Outbox outbox;
    private final InvitationMailer mailer;
    private final SeatAllocator seats;
    private final SummitClock clock;
    private final PreviousEditions previousEditions;

    public InvitationService(
            InvitationRepository invitations,
            SummitRepository summits,
            InvitationTokens tokens,
            TokenSeal seal,
            Outbox outbox,
            InvitationMailer mailer,
            SeatAllocator seats,
            SummitClock clock,
            PreviousEditions previousEditions) {
        this.previousEditions = previousEditions;
        this.invitations = invitations;
        this.summits = summits;
        this.tokens = tokens;
        this.seal = seal;
        this.outbox = outbox;
        this.mailer = mailer;
        this.seats = seats;
        this.clock = clock;
    }

    /** Invites someone to an edition (the current one when {@code summitId} is null). */
    @WithTransaction
    public Uni<InvitationView> create(CreateInvitationRequest request, Integer summitId) {
        return summits.edition(summitId).chain(summit -> create(request, summit, null));
    }

    /**
     * Creates an invitation to {@code summit} (inside the caller's transaction); {@code referredBy} is the nominating
     * attendee. A past edition takes none (409); one that is not OPEN takes drafts only.
     */
    public Uni<InvitationView> create(CreateInvitationRequest request, Summit summit, UUID referredBy) {
        summit.checkWritable("invitations");
        if (request.sendNow()) {
            summit.checkSendsInvitations();
        }
        String email = Invitation.normalize(request.email());
        return invitations
                .hasOpenInvitation(summit.id, email)
                .chain(open -> {
                    if (open) {
                        return Uni.createFrom().failure(duplicate(email, summit));
                    }
                    String token = tokens.newToken();
                    Invitation invitation = newInvitation(request, summit, email, token, referredBy);
                    return invitations
                            .persist(invitation)
                            .call(() -> invitations.addHistory(InvitationHistoryEntry.of(
                                    invitation.id,
                                    HistoryType.CREATED,
                                    referredBy == null ? null : "referred by attendee " + referredBy,
                                    clock.now())))
                            .call(() -> outbox.record(new InvitationCreated(
                                    invitation.id,
                                    invitation.summitId,
                                    invitation.email,
                                    invitation.fullName,
                                    invitation.company,
                                    invitation.locale,
                                    invitation.criteria,
                                    InvitationStatus.DRAFT,
                                    invitation.referredBy,
                                    invitation.createdAt)))
                            .call(() -> request.sendNow()
                                    ? send(invitation, summit, InvitationAction.SEND)
                                    : Uni.createFrom().voidItem())
                            .call(() -> invitations.flush())
                            .map(i -> InvitationMapper.created(i, token, mailer.rsvpUrl(token)));
                })
                .onFailure(DbErrors::isUniqueViolation)
                .transform(e -> duplicate(email, summit));
    }

    @WithTransaction
    public Uni<InvitationView> send(UUID id) {
        return load(id).call(i -> summits.edition(i.summitId).chain(s -> {
                    s.checkSendsInvitations();
                    return send(i, s, InvitationAction.SEND);
                }))
                .map(InvitationMapper::view);
    }

    /** Mails the same link again (the token is sealed, so the invitee's earlier mail stays valid). */
    @WithTransaction
    public Uni<InvitationView> resend(UUID id) {
        return load(id).call(i -> summits.edition(i.summitId).chain(s -> {
                    s.checkSendsInvitations();
                    return send(i, s, InvitationAction.RESEND);
                }))
                .map(InvitationMapper::view);
    }

    /** Revoking an accepted invitation frees its seat for the oldest waitlisted invitee (locks: see SeatAllocator). */
    @WithTransaction
    public Uni<InvitationView> revoke(UUID id) {
        return invitations
                .lock(id)
                .onItem()
                .ifNull()
                .failWith(() -> ProblemException.notFound("Invitation", id))
                .chain(i -> summits.lockForSeatAllocation(i.summitId).chain(summit -> {
                    summit.checkWritable("invitations");
                    InvitationStatus before = i.apply(InvitationAction.REVOKE, clock.now());
                    boolean wasSent = before != InvitationStatus.DRAFT;
                    return invitations
                            .addHistory(
                                    InvitationHistoryEntry.of(i.id, HistoryType.REVOKED, "was " + before, clock.now()))
                            .call(() ->
                                    outbox.record(new InvitationRevoked(i.id, i.summitId, i.attendeeId, i.updatedAt)))
                            .call(() -> wasSent
                                    ? mailer.revoked(i, summit)
                                    : Uni.createFrom().voidItem())
                            .call(() -> InvitationAction.freesSeat(before)
                                    ? seats.release(summit)
                                    : Uni.createFrom().voidItem())
                            .replaceWith(i);
                }))
                .map(InvitationMapper::view);
    }

    /** One invitation with what its detail view shows, read on the reactive client (no Hibernate session). */
    public Uni<InvitationView> get(UUID id) {
        return invitations
                .readWithRelations(id)
                .onItem()
                .ifNull()
                .failWith(() -> ProblemException.notFound("Invitation", id))
                .chain(found -> previousEditions
                        .of(found)
                        .map(previous -> InvitationMapper.detail(
                                found.invitation(), found.history(), found.referrer(), previous)));
    }

    /** An edition's invitations (the current edition's when {@code summitId} is null). */
    @WithSession
    public Uni<Page<InvitationView>> list(
            Integer summitId, InvitationStatus status, String q, InvitationSort order, PageRequest page) {
        return summits.edition(summitId).chain(summit -> {
            Uni<List<Invitation>> items = invitations.search(summit.id, status, q, order, page);
            return items.chain(list -> invitations
                    .countMatching(summit.id, status, q)
                    .map(total -> Page.of(list, InvitationMapper::view, page, total)));
        });
    }

    private Uni<Void> send(Invitation invitation, Summit summit, InvitationAction action) {
        OffsetDateTime now = clock.now();
        invitation.apply(action, now);
        boolean resend = action == InvitationAction.RESEND;
        return invitations
                .addHistory(InvitationHistoryEntry.of(
                        invitation.id, resend ? HistoryType.RESENT : HistoryType.SENT, null, now))
                .call(() -> outbox.record(new InvitationSent(
                        invitation.id,
                        invitation.summitId,
                        invitation.email,
                        invitation.fullName,
                        invitation.locale,
                        resend,
                        invitation.updatedAt)))
                .call(() -> mailer.invitation(invitation, summit));
    }

    private Uni<Invitation> load(UUID id) {
        return invitations.findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("Invitation", id));
    }

    private Invitation newInvitation(
            CreateInvitationRequest request, Summit summit, String email, String token, UUID referredBy) {
        Invitation invitation = new Invitation();
        invitation.id = UUID.randomUUID();
        invitation.summitId = summit.id;
        invitation.tokenHash = tokens.hash(token);
        invitation.tokenSealed = seal.seal(token);
        invitation.email = request.email().trim();
        invitation.emailNormalized = email;
        invitation.fullName = request.fullName().trim();
        invitation.company = request.company().trim();
        invitation.jobTitle = request.jobTitle() == null || request.jobTitle().isBlank()
                ? null
                : request.jobTitle().trim();
        invitation.locale = request.locale();
        invitation.criteria = List.copyOf(request.criteria());
        invitation.note = request.note();
        invitation.referredBy = referredBy;
        invitation.status = InvitationStatus.DRAFT;
        invitation.createdAt = clock.now();
        invitation.updatedAt = invitation.createdAt;
        return invitation;
    }

    private static ProblemException duplicate(String email, Summit summit) {
        return ProblemException.conflict(
                        "An open invitation for " + email + " to " + summit.label() + " already exists")
                .with("summitId", summit.id);
    }
}
