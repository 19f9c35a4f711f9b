package org.ospo.summit.invitation.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ospo.summit.contracts.events.InvitationCreated;
import org.ospo.summit.invitation.api.CreateInvitationRequest;
import org.ospo.summit.invitation.api.InvitationView;
import org.ospo.summit.invitation.mapping.InvitationMapper;
import org.ospo.summit.invitation.model.Invitation;
import org.ospo.summit.invitation.model.InvitationHistoryEntry;
import org.ospo.summit.invitation.model.InvitationStatus;
import org.ospo.summit.invitation.repository.InvitationRepository;
import org.ospo.summit.invitation.security.InvitationTokens;
import org.ospo.summit.platform.db.DbErrors;
import org.ospo.summit.platform.outbox.Outbox;
import org.ospo.summit.platform.paging.Page;
import org.ospo.summit.platform.paging.PageRequest;
import org.ospo.summit.platform.problem.ProblemException;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** Organizer-side invitation lifecycle. Every state change records history and its event in one transaction. */
@ApplicationScoped
public class InvitationService {
    private final InvitationRepository invitations;
    private final InvitationTokens tokens;
    private final Outbox outbox;
    private final String publicUrl;

    public InvitationService(InvitationRepository invitations, InvitationTokens tokens, Outbox outbox,
            @ConfigProperty(name = "summit.public-url") String publicUrl) {
        this.invitations = invitations;
        this.tokens = tokens;
        this.outbox = outbox;
        this.publicUrl = publicUrl;
    }

    @WithTransaction
    public Uni<InvitationView> create(CreateInvitationRequest request) {
        String email = Invitation.normalize(request.email());
        return invitations.hasOpenInvitation(email).chain(open -> {
            if (open) {
                return Uni.createFrom().failure(duplicate(email));
            }
            String token = tokens.newToken();
            Invitation invitation = newInvitation(request, email, tokens.hash(token));
            return invitations.persist(invitation)
                    .call(() -> invitations.addHistory(InvitationHistoryEntry.of(invitation.id, "CREATED", null)))
                    .call(() -> invitation.status == InvitationStatus.SENT
                            ? invitations.addHistory(InvitationHistoryEntry.of(invitation.id, "SENT", null))
                            : Uni.createFrom().voidItem())
                    .call(() -> outbox.record(new InvitationCreated(invitation.id, invitation.email,
                            invitation.fullName, invitation.company, invitation.locale,
                            invitation.criteria.stream().map(Enum::name).toList(), invitation.status.name(),
                            invitation.referredBy, invitation.createdAt)))
                    .call(() -> invitations.flush())
                    .map(i -> InvitationMapper.created(i, token, publicUrl + "/rsvp/" + token));
        }).onFailure(DbErrors::isUniqueViolation).transform(e -> duplicate(email));
    }

    @WithSession
    public Uni<InvitationView> get(UUID id) {
        return invitations.findById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Invitation", id))
                .chain(i -> invitations.history(id).map(history -> InvitationMapper.detail(i, history)));
    }

    @WithSession
    public Uni<Page<InvitationView>> list(InvitationStatus status, String q, PageRequest page) {
        Uni<List<Invitation>> items = invitations.search(status, q, page);
        return items.chain(list -> invitations.countMatching(status, q)
                .map(total -> Page.of(list, InvitationMapper::view, page, total)));
    }

    private static Invitation newInvitation(CreateInvitationRequest request, String email, String tokenHash) {
        Invitation invitation = new Invitation();
        invitation.id = UUID.randomUUID();
        invitation.tokenHash = tokenHash;
        invitation.email = request.email().trim();
        invitation.emailNormalized = email;
        invitation.fullName = request.fullName().trim();
        invitation.company = request.company().trim();
        invitation.jobTitle = request.jobTitle() == null ? null : request.jobTitle().trim();
        invitation.locale = request.locale();
        invitation.criteria = List.copyOf(request.criteria());
        invitation.note = request.note();
        invitation.status = request.sendNow() ? InvitationStatus.SENT : InvitationStatus.DRAFT;
        invitation.createdAt = OffsetDateTime.now();
        invitation.updatedAt = invitation.createdAt;
        return invitation;
    }

    private ProblemException duplicate(String email) {
        return ProblemException.conflict("An open invitation for " + email + " already exists");
    }
}
