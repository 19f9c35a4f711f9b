package org.ospo.summit.invitation.service;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ospo.summit.contracts.events.AttendeeNextYearAnswered;
import org.ospo.summit.contracts.events.InvitationStatus;
import org.ospo.summit.contracts.events.ReferralSource;
import org.ospo.summit.invitation.model.Invitation;
import org.ospo.summit.invitation.model.NextYearNomination;
import org.ospo.summit.invitation.model.Referral;
import org.ospo.summit.invitation.model.ReferralDuplicate;
import org.ospo.summit.invitation.model.ReferralStatus;
import org.ospo.summit.invitation.model.Summit;
import org.ospo.summit.invitation.repository.InvitationRepository;
import org.ospo.summit.invitation.repository.NextYearNominationRepository;
import org.ospo.summit.invitation.repository.ReferralRepository;
import org.ospo.summit.invitation.repository.SummitRepository;
import org.ospo.summit.platform.outbox.Outbox;
import org.ospo.summit.platform.time.SummitClock;

/**
 * Peers named in the next-year form become nominations for next year's organizers. An answer
 * (attendee.next-year-answered) is kept against the attendee's edition; as soon as the edition after it exists
 * ({@link NextEdition}: there already, or created later), each named person becomes a PENDING referral there, source
 * NEXT_YEAR_FORM, marked as a duplicate like any nomination when already invited or nominated, with name and company
 * when an earlier invitation knows them. A later answer replaces the nominations still waiting; one carried over is
 * never carried again. Only a nominator still accepted is carried over: a withdrawn or erased one's nominations are
 * dropped. Everything runs in the caller's transaction, serialised on one lock with the creation of editions.
 */
@ApplicationScoped
public class NextYearNominations {
    private final NextYearNominationRepository nominations;
    private final InvitationRepository invitations;
    private final ReferralRepository referrals;
    private final SummitRepository summits;
    private final Outbox outbox;
    private final SummitClock clock;

    public NextYearNominations(
            NextYearNominationRepository nominations,
            InvitationRepository invitations,
            ReferralRepository referrals,
            SummitRepository summits,
            Outbox outbox,
            SummitClock clock) {
        this.nominations = nominations;
        this.invitations = invitations;
        this.referrals = referrals;
        this.summits = summits;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** An attendee's answer: its nominations replace the ones still waiting, and go on at once if they can. */
    public Uni<Void> answered(AttendeeNextYearAnswered answer) {
        return nominations
                .lockCarrying()
                .chain(() -> invitations.findByAttendee(answer.attendeeId()))
                .chain(nominator -> nominator == null || nominator.isErased()
                        ? Uni.createFrom().voidItem()
                        : nominations.byAttendee(answer.attendeeId()).chain(kept -> replace(nominator, answer, kept)));
    }

    private Uni<Void> replace(Invitation nominator, AttendeeNextYearAnswered answer, List<NextYearNomination> kept) {
        if (kept.stream().anyMatch(n -> n.answeredAt.isAfter(answer.answeredAt()))) {
            return Uni.createFrom().voidItem(); // an earlier answer, delivered late
        }
        Set<String> named = answer.nominees().stream()
                .map(Invitation::normalize)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> known = kept.stream().map(n -> n.email).collect(Collectors.toSet());
        List<NextYearNomination> dropped = new ArrayList<>();
        List<NextYearNomination> waiting = new ArrayList<>();
        for (NextYearNomination n : kept) {
            if (n.waiting() && named.contains(n.email)) {
                n.answeredAt = answer.answeredAt();
                waiting.add(n);
            } else if (n.waiting()) {
                dropped.add(n);
            }
        }
        List<NextYearNomination> added = named.stream()
                .filter(email -> !known.contains(email))
                .map(email -> NextYearNomination.of(nominator, email, answer.answeredAt()))
                .toList();
        waiting.addAll(added);
        Uni<Void> removed = dropped.isEmpty()
                ? Uni.createFrom().voidItem()
                : nominations
                        .delete("id in ?1", dropped.stream().map(n -> n.id).toList())
                        .replaceWithVoid();
        return removed.chain(() -> nominations.persist(added))
                .chain(() -> summits.listAll())
                .chain(all -> {
                    Summit from = all.stream()
                            .filter(s -> s.id == nominator.summitId)
                            .findFirst()
                            .orElseThrow();
                    return NextEdition.after(from, all)
                            .map(next -> carry(waiting, next).replaceWithVoid())
                            .orElseGet(() -> Uni.createFrom().voidItem());
                });
    }

    /**
     * A new edition takes the nominations waiting in every edition it is next to (in the creating transaction).
     * Returns how many became referrals.
     */
    public Uni<Integer> carryInto(Summit created) {
        return nominations
                .lockCarrying()
                .chain(() -> nominations.editionsWaiting())
                .chain(waitingIn -> waitingIn.isEmpty()
                        ? Uni.createFrom().item(0)
                        : summits.listAll().chain(all -> {
                            Map<Integer, Summit> byId =
                                    all.stream().collect(Collectors.toMap(s -> s.id, Function.identity()));
                            List<Integer> before = waitingIn.stream()
                                    .filter(id -> NextEdition.after(byId.get(id), all)
                                            .filter(next -> next.id.equals(created.id))
                                            .isPresent())
                                    .toList();
                            return before.isEmpty()
                                    ? Uni.createFrom().item(0)
                                    : nominations.waitingIn(before).chain(waiting -> carry(waiting, created));
                        }));
    }

    private Uni<Integer> carry(List<NextYearNomination> waiting, Summit next) {
        return Multi.createFrom()
                .iterable(waiting)
                .onItem()
                .transformToUniAndConcatenate(n -> invitations
                        .findById(n.referrerInvitation)
                        .chain(nominator -> {
                            if (nominator == null
                                    || nominator.isErased()
                                    || nominator.status != InvitationStatus.ACCEPTED) {
                                return nominations.delete(n).replaceWith(false);
                            }
                            return referral(n, next).replaceWith(true);
                        }))
                .collect()
                .asList()
                .map(carried -> (int) carried.stream().filter(c -> c).count());
    }

    private Uni<Void> referral(NextYearNomination n, Summit next) {
        String email = Invitation.normalize(n.email);
        return invitations
                .hasOpenInvitation(next.id, email)
                .chain(invited -> referrals
                        .hasPendingFor(next.id, email)
                        .chain(pending -> invitations.latestOf(email).chain(known -> {
                            Referral r = new Referral();
                            r.id = UUID.randomUUID();
                            r.summitId = next.id;
                            r.referrerAttendeeId = n.referrerAttendeeId;
                            r.referrerInvitation = n.referrerInvitation;
                            r.email = n.email;
                            r.emailNormalized = email;
                            r.fullName = known == null ? null : known.fullName;
                            r.company = known == null ? null : known.company;
                            r.source = ReferralSource.NEXT_YEAR_FORM;
                            r.nominatedIn = n.summitId;
                            r.status = ReferralStatus.PENDING;
                            r.duplicate = invited
                                    ? ReferralDuplicate.ALREADY_INVITED
                                    : pending ? ReferralDuplicate.ALREADY_NOMINATED : null;
                            r.createdAt = clock.now();
                            n.referralId = r.id;
                            return referrals
                                    .persist(r)
                                    .chain(() -> outbox.record(ReferralService.submitted(r)))
                                    .replaceWithVoid();
                        })));
    }
}
