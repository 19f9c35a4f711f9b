package org.ospo.summit.invitation.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.ospo.summit.invitation.model.HistoryType;
import org.ospo.summit.invitation.model.Invitation;
import org.ospo.summit.invitation.model.InvitationHistoryEntry;
import org.ospo.summit.invitation.repository.InvitationRepository;
import org.ospo.summit.platform.time.SummitClock;

/**
 * GDPR erasure (attendee.erased): the invitation keeps only what organizers need to count seats — its id, status and
 * dates — and loses name, email, company, title, note and the sealed token; mails about it are deleted, history
 * details and nominations naming the person are cleared, and the peers the person named in the next-year form are
 * forgotten (as is the record that another attendee named this person). Runs in the caller's transaction (the attendee.erased
 * consumer's, or the retention job's for an archived edition); erasing twice is harmless.
 */
@ApplicationScoped
public class InvitationErasure {
    public static final String ERASED = Invitation.ERASED;
    /** every nomination of an edition, the ones that never became an invitation too */
    private static final String ERASE_NOMINATIONS = "update referral set email = 'erased-' || id || '@erased.invalid', "
            + "email_normalized = 'erased-' || id || '@erased.invalid', full_name = '" + ERASED + "', company = '"
            + ERASED + "', reason = '" + ERASED + "', decision_reason = null where summit_id = :summit";

    /** the person's next-year nominations, and those that named them and became their nomination */
    private static final String FORGET_NEXT_YEAR_NOMINATIONS = "delete from next_year_nomination where "
            + "referrer_invitation = :id or referral_id in (select id from referral where invitation_id = :id)";

    /** an earlier edition's next-year nominations that became this edition's nominations (their emails) */
    private static final String FORGET_CARRIED_INTO = "delete from next_year_nomination where referral_id in "
            + "(select id from referral where summit_id = :summit)";

    private final InvitationRepository invitations;
    private final SummitClock clock;

    public InvitationErasure(InvitationRepository invitations, SummitClock clock) {
        this.invitations = invitations;
        this.clock = clock;
    }

    public Uni<Void> erase(UUID attendeeId) {
        return invitations
                .findByAttendee(attendeeId)
                .chain(invitation -> invitation == null
                        ? Uni.createFrom().voidItem()
                        : erase(invitation, "personal data erased at the person's request"));
    }

    /**
     * The same erasure for every invitation of an archived edition whose retention period has passed: what remains
     * is what its figures need (status, dates). In the caller's transaction; returns how many were erased now.
     */
    public Uni<Integer> eraseEdition(int summitId) {
        return invitations
                .list("summitId = ?1 and erasedAt is null", summitId)
                .chain(all -> Multi.createFrom()
                        .iterable(all)
                        .onItem()
                        .transformToUniAndConcatenate(i -> erase(
                                        i,
                                        "personal data erased: the edition was archived "
                                                + "and its retention period has passed")
                                .replaceWith(i))
                        .collect()
                        .asList()
                        .map(List::size))
                .call(() -> Panache.getSession()
                        .chain(s -> s.createNativeQuery(ERASE_NOMINATIONS)
                                .setParameter("summit", summitId)
                                .executeUpdate()
                                .chain(() -> s.createNativeQuery(FORGET_CARRIED_INTO)
                                        .setParameter("summit", summitId)
                                        .executeUpdate())));
    }

    private Uni<Void> erase(Invitation invitation, String why) {
        if (invitation.isErased()) {
            return Uni.createFrom().voidItem();
        }
        anonymise(invitation);
        return update("update invitation_history set detail = null where invitation_id = :id", invitation.id)
                .chain(() -> update("delete from outgoing_mail where invitation_id = :id", invitation.id))
                .chain(() -> update(FORGET_NEXT_YEAR_NOMINATIONS, invitation.id))
                .chain(() -> update(
                        "update referral set email = 'erased-' || id || '@erased.invalid', "
                                + "email_normalized = 'erased-' || id || '@erased.invalid', full_name = '" + ERASED
                                + "', "
                                + "company = '" + ERASED + "', reason = '" + ERASED + "' where invitation_id = :id",
                        invitation.id))
                .chain(() -> invitations.addHistory(
                        InvitationHistoryEntry.of(invitation.id, HistoryType.ERASED, why, clock.now())));
    }

    private void anonymise(Invitation invitation) {
        String placeholder = "erased-" + invitation.id + "@erased.invalid";
        invitation.email = placeholder;
        invitation.emailNormalized = placeholder;
        invitation.fullName = ERASED;
        invitation.company = ERASED;
        invitation.jobTitle = null;
        invitation.note = null;
        invitation.tokenSealed = null;
        invitation.updatedAt = clock.now();
        invitation.erasedAt = invitation.updatedAt;
    }

    private static Uni<Void> update(String sql, UUID invitationId) {
        return Panache.getSession()
                .chain(s -> s.createNativeQuery(sql)
                        .setParameter("id", invitationId)
                        .executeUpdate())
                .replaceWithVoid();
    }
}
