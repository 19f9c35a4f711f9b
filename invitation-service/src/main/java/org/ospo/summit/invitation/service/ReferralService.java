package org.ospo.summit.invitation.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.ospo.summit.contracts.events.Criterion;
import org.ospo.summit.contracts.events.InvitationStatus;
import org.ospo.summit.contracts.events.ReferralApproved;
import org.ospo.summit.contracts.events.ReferralSource;
import org.ospo.summit.contracts.events.ReferralSubmitted;
import org.ospo.summit.contracts.problem.ProblemType;
import org.ospo.summit.invitation.api.CreateInvitationRequest;
import org.ospo.summit.invitation.api.ReferralDecision;
import org.ospo.summit.invitation.api.ReferralRequest;
import org.ospo.summit.invitation.api.ReferralSort;
import org.ospo.summit.invitation.api.ReferralView;
import org.ospo.summit.invitation.model.Invitation;
import org.ospo.summit.invitation.model.Referral;
import org.ospo.summit.invitation.model.ReferralDuplicate;
import org.ospo.summit.invitation.model.ReferralStatus;
import org.ospo.summit.invitation.repository.InvitationRepository;
import org.ospo.summit.invitation.repository.ReferralRepository;
import org.ospo.summit.invitation.repository.SummitRepository;
import org.ospo.summit.platform.outbox.Outbox;
import org.ospo.summit.platform.paging.Page;
import org.ospo.summit.platform.paging.PageRequest;
import org.ospo.summit.platform.problem.ProblemException;
import org.ospo.summit.platform.time.SummitClock;

/**
 * 二度: participation is ensured through people already in. An accepted attendee nominates peers to their own
 * edition, up to that edition's referral quota (pending and approved nominations count); an organizer's approval invites the peer with
 * {@code referredBy} = the nominating attendee, so the chain stays visible. Whether the peer is already invited or
 * nominated is never revealed to the nominator (the same 201 either way); organizers see it as {@code duplicate}.
 */
@ApplicationScoped
public class ReferralService {
    private final ReferralRepository referrals;
    private final InvitationRepository invitations;
    private final SummitRepository summits;
    private final InvitationService invitationService;
    private final Outbox outbox;
    private final SummitClock clock;

    public ReferralService(
            ReferralRepository referrals,
            InvitationRepository invitations,
            SummitRepository summits,
            InvitationService invitationService,
            Outbox outbox,
            SummitClock clock) {
        this.referrals = referrals;
        this.invitations = invitations;
        this.summits = summits;
        this.invitationService = invitationService;
        this.outbox = outbox;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<ReferralView> submit(UUID attendeeId, ReferralRequest request) {
        String email = Invitation.normalize(request.email());
        return invitations.lockByAttendee(attendeeId).chain(referrer -> {
            if (referrer == null || referrer.status != InvitationStatus.ACCEPTED || referrer.isErased()) {
                return Uni.createFrom()
                        .failure(ProblemException.forbidden("Only accepted attendees can nominate peers"));
            }
            return summits.edition(referrer.summitId)
                    .chain(summit -> referrals
                            .countActiveBy(attendeeId, summit.id)
                            .chain(used -> {
                                summit.checkWritable("nominations");
                                if (used >= summit.referralQuota) {
                                    return Uni.createFrom()
                                            .failure(new ProblemException(
                                                            409,
                                                            ProblemType.REFERRAL_QUOTA,
                                                            "You have nominated " + used + " of " + summit.referralQuota
                                                                    + " peers")
                                                    .with("referralQuota", summit.referralQuota));
                                }
                                return invitations
                                        .hasOpenInvitation(summit.id, email)
                                        .chain(invited -> referrals
                                                .hasPendingFor(summit.id, email)
                                                .chain(pending -> save(
                                                        referrer,
                                                        request,
                                                        email,
                                                        invited
                                                                ? ReferralDuplicate.ALREADY_INVITED
                                                                : pending
                                                                        ? ReferralDuplicate.ALREADY_NOMINATED
                                                                        : null)));
                            }));
        });
    }

    /** A duplicate is kept like any nomination (quota counted) and answered alike; only organizers see the mark. */
    private Uni<ReferralView> save(
            Invitation referrer, ReferralRequest request, String email, ReferralDuplicate duplicate) {
        Referral r = new Referral();
        r.id = UUID.randomUUID();
        r.summitId = referrer.summitId;
        r.referrerAttendeeId = referrer.attendeeId;
        r.referrerInvitation = referrer.id;
        r.email = request.email();
        r.emailNormalized = email;
        r.fullName = request.fullName().trim();
        r.company = request.company().trim();
        r.reason = request.reason().trim();
        r.source = ReferralSource.PEER;
        r.status = ReferralStatus.PENDING;
        r.duplicate = duplicate;
        r.createdAt = clock.now();
        return referrals.persist(r).call(() -> outbox.record(submitted(r))).map(ReferralView::receipt);
    }

    /** referral.submitted: a nomination as it came in */
    static ReferralSubmitted submitted(Referral r) {
        return new ReferralSubmitted(
                r.id,
                r.summitId,
                r.referrerAttendeeId,
                r.email,
                r.fullName,
                r.company,
                r.reason,
                r.source,
                r.nominatedIn,
                r.createdAt);
    }

    /** Invites the nominee to the nomination's edition: sent at once while it is OPEN, a draft while in PLANNING. */
    @WithTransaction
    public Uni<ReferralView> approve(UUID id, ReferralDecision decision) {
        return pendingInWritableEdition(id)
                .chain(r -> summits.edition(r.summitId)
                        .chain(summit -> invitations
                                .findById(r.referrerInvitation)
                                .chain(referrer -> {
                                    String locale = decision != null && decision.locale() != null
                                            ? decision.locale()
                                            : referrer.locale;
                                    List<Criterion> criteria = decision != null && decision.criteria() != null
                                            ? decision.criteria()
                                            : List.of();
                                    CreateInvitationRequest invite = new CreateInvitationRequest(
                                            r.email,
                                            named(
                                                    decision == null ? null : decision.fullName(),
                                                    r.fullName,
                                                    "fullName"),
                                            named(decision == null ? null : decision.company(), r.company, "company"),
                                            null,
                                            locale,
                                            criteria,
                                            r.reason != null
                                                    ? "Nominated: " + r.reason
                                                    : "Nominated in the next-year form of edition #" + r.nominatedIn,
                                            summit.status.sendsInvitations());
                                    return invitationService.create(invite, summit, r.referrerAttendeeId);
                                }))
                        .chain(created -> {
                            r.status = ReferralStatus.APPROVED;
                            r.invitationId = created.id();
                            r.decidedAt = clock.now();
                            r.decisionReason = decision == null ? null : decision.reason();
                            return outbox.record(new ReferralApproved(
                                            r.id, r.summitId, created.id(), r.referrerAttendeeId, r.decidedAt))
                                    .replaceWith(ReferralView.of(r));
                        }));
    }

    /**
     * The organizer's wording if given, else the nomination's; a nomination from the next-year form of someone never
     * invited has none, so the organizer must give it (400 naming the field).
     */
    private static String named(String decided, String nominated, String field) {
        String value = decided != null && !decided.isBlank() ? decided.trim() : nominated;
        if (value == null) {
            throw ProblemException.invalid(
                    field,
                    "this nomination from the next-year form names only an email: give the person's " + field
                            + " with the approval");
        }
        return value;
    }

    @WithTransaction
    public Uni<ReferralView> reject(UUID id, ReferralDecision decision) {
        return pendingInWritableEdition(id).map(r -> {
            r.status = ReferralStatus.REJECTED;
            r.decidedAt = clock.now();
            r.decisionReason = decision == null ? null : decision.reason();
            return ReferralView.of(r);
        });
    }

    /** An edition's nominations (the current edition's when {@code summitId} is null). */
    @WithSession
    public Uni<Page<ReferralView>> list(Integer summitId, ReferralStatus status, ReferralSort order, PageRequest page) {
        return summits.edition(summitId)
                .chain(summit -> referrals
                        .page(summit.id, status, order, page)
                        .chain(items -> referrals
                                .countWith(summit.id, status)
                                .map(total -> Page.of(items, ReferralView::of, page, total))));
    }

    private Uni<Referral> pendingInWritableEdition(UUID id) {
        return pending(id).call(r -> summits.edition(r.summitId).invoke(s -> s.checkWritable("nominations")));
    }

    private Uni<Referral> pending(UUID id) {
        return referrals.findById(id).map(r -> {
            if (r == null) {
                throw ProblemException.notFound("Referral", id);
            }
            if (r.status != ReferralStatus.PENDING) {
                throw new ProblemException(
                        409, ProblemType.ILLEGAL_TRANSITION, "This nomination is already " + r.status);
            }
            return r;
        });
    }
}
