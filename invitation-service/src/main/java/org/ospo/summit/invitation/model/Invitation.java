package org.ospo.summit.invitation.model;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.ospo.summit.contracts.events.Criterion;
import org.ospo.summit.contracts.events.InvitationStatus;
import org.ospo.summit.contracts.events.Readiness;

/** One person invited to one edition of the summit. The RSVP token itself is never stored, only its SHA-256. */
@Entity
@Table(name = "invitation")
public class Invitation {
    @Id
    public UUID id;
    /** the edition this invitation is for; its token and attendee token belong to that edition only */
    @Column(name = "summit_id")
    public int summitId;

    public String email;

    @Column(name = "email_normalized")
    public String emailNormalized;

    @Column(name = "full_name")
    public String fullName;

    public String company;

    @Column(name = "job_title")
    public String jobTitle;

    public String locale;

    @Convert(converter = CriteriaConverter.class)
    public List<Criterion> criteria;

    public String note;

    @Enumerated(EnumType.STRING)
    public InvitationStatus status;

    @Column(name = "token_hash")
    public String tokenHash;

    @Column(name = "token_sealed")
    public String tokenSealed;

    @Column(name = "reminded_at")
    public OffsetDateTime remindedAt;

    @Column(name = "attendee_id")
    public UUID attendeeId;

    @Column(name = "referred_by")
    public UUID referredBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "responded_at")
    public OffsetDateTime respondedAt;
    /** how far the attendee's preparation got (attendee.preparation-updated); null before any */
    @Enumerated(EnumType.STRING)
    public Readiness readiness;
    /** when the person's data was erased (at their request, or after the edition's retention period); null before */
    @Column(name = "erased_at")
    public OffsetDateTime erasedAt;

    /** what erasure leaves in place of the person's name and company, for readers */
    public static final String ERASED = "(erased)";

    /** the person's data was erased: the link and the attendee token no longer work */
    public boolean isErased() {
        return erasedAt != null;
    }

    /** whether the RSVP link and an attendee token issued for this invitation may still be used */
    public boolean grantsAccess() {
        return !status.isGone() && !isErased();
    }

    public static String normalize(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    /** Applies an action leading where it leads ({@link InvitationAction#target}); see the other form. */
    public InvitationStatus apply(InvitationAction action, OffsetDateTime at) {
        return apply(action, action.target(), at);
    }

    /**
     * Applies an action: fails with 409 when it is illegal from the current status, else moves to {@code next} (one
     * of the statuses the action leads to) at {@code at}. Returns the status it left.
     */
    public InvitationStatus apply(InvitationAction action, InvitationStatus next, OffsetDateTime at) {
        action.check(this);
        if (!action.leadsTo(next)) {
            throw new IllegalArgumentException(action + " does not lead to " + next);
        }
        InvitationStatus before = status;
        status = next;
        updatedAt = at;
        return before;
    }
}
