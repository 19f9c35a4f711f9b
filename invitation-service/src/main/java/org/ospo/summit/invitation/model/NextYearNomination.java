package org.ospo.summit.invitation.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A peer named in an attendee's next-year form, kept against the attendee's edition until the edition after it exists;
 * then it becomes a PENDING {@link Referral} there and {@link #referralId} names it.
 */
@Entity
@Table(name = "next_year_nomination")
public class NextYearNomination {
    @Id
    public UUID id;
    /** the nominating attendee's edition */
    @Column(name = "summit_id")
    public int summitId;

    @Column(name = "referrer_attendee_id")
    public UUID referrerAttendeeId;

    @Column(name = "referrer_invitation")
    public UUID referrerInvitation;
    /** trimmed, lower case */
    public String email;

    @Column(name = "answered_at")
    public OffsetDateTime answeredAt;
    /** the referral it became; null while it waits for the next edition */
    @Column(name = "referral_id")
    public UUID referralId;

    /** a person named now by the attendee of {@code nominator}, waiting for the next edition */
    public static NextYearNomination of(Invitation nominator, String email, OffsetDateTime answeredAt) {
        NextYearNomination n = new NextYearNomination();
        n.id = UUID.randomUUID();
        n.summitId = nominator.summitId;
        n.referrerAttendeeId = nominator.attendeeId;
        n.referrerInvitation = nominator.id;
        n.email = email;
        n.answeredAt = answeredAt;
        return n;
    }

    public boolean waiting() {
        return referralId == null;
    }
}
