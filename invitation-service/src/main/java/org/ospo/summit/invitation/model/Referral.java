package org.ospo.summit.invitation.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.ospo.summit.contracts.events.ReferralSource;

/**
 * A nomination (二度): an attendee vouches for a peer, for their own edition or, through the next-year form, for the
 * edition after it; an organizer approves it into an invitation or rejects it.
 */
@Entity
@Table(name = "referral")
public class Referral {
    @Id
    public UUID id;
    /** the edition the nominee is invited to: the nominating attendee's, or the one after it (NEXT_YEAR_FORM) */
    @Column(name = "summit_id")
    public int summitId;

    @Column(name = "referrer_attendee_id")
    public UUID referrerAttendeeId;

    @Column(name = "referrer_invitation")
    public UUID referrerInvitation;

    public String email;

    @Column(name = "email_normalized")
    public String emailNormalized;

    /** null for one from the next-year form whose person was never invited: the organizer names them on approval */
    @Column(name = "full_name")
    public String fullName;

    public String company;
    /** the nominator's words; null from the next-year form */
    public String reason;

    @Enumerated(EnumType.STRING)
    public ReferralSource source;
    /** NEXT_YEAR_FORM: the edition whose attendee named the person */
    @Column(name = "nominated_in")
    public Integer nominatedIn;

    @Enumerated(EnumType.STRING)
    public ReferralStatus status;
    /** set when the person was already invited or nominated (organizers see it; the nominator does not) */
    @Enumerated(EnumType.STRING)
    public ReferralDuplicate duplicate;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "invitation_id")
    public UUID invitationId;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;
}
