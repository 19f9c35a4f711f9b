package org.ospo.summit.attendee.model;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.ospo.summit.attendee.api.Preparation;
import org.ospo.summit.contracts.events.Readiness;
import org.ospo.summit.contracts.events.Topic;
import org.ospo.summit.contracts.events.WithdrawalReason;
import org.ospo.summit.platform.db.TopicsConverter;

/** A person whose invitation to one edition was accepted; {@code id} is their attendee id there (JWT {@code sub}). */
@Entity
@Table(name = "attendee")
public class Attendee {
    @Id
    public UUID id;
    /** the edition of the accepted invitation: a person who comes two years running is two attendees */
    @Column(name = "summit_id")
    public int summitId;

    @Column(name = "invitation_id")
    public UUID invitationId;

    public String email;

    @Column(name = "full_name")
    public String fullName;

    public String company;

    @Column(name = "job_title")
    public String jobTitle;

    public String locale;

    @Enumerated(EnumType.STRING)
    public AttendeeStatus status;

    /** whether the row holds the person's profile (name, contact, dossier) */
    @Enumerated(EnumType.STRING)
    public ProfileState profile;

    @Column(name = "registered_at")
    public OffsetDateTime registeredAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "withdrawn_at")
    public OffsetDateTime withdrawnAt;

    @Column(name = "withdraw_reason")
    @Enumerated(EnumType.STRING)
    public WithdrawalReason withdrawReason;
    /** JSON of {@code api.Preparation}. */
    @Convert(converter = PreparationConverter.class)
    public Preparation preparation;

    public int completeness;

    @Enumerated(EnumType.STRING)
    public Readiness readiness = Readiness.NOT_STARTED;
    /** what they want to discuss, from their preparation (a comma-separated column, for filtering) */
    @Convert(converter = TopicsConverter.class)
    public List<Topic> topics = List.of();

    @Column(name = "sponsorship_offered")
    public boolean sponsorshipOffered;

    @Column(name = "join_organizing")
    public boolean joinOrganizing;

    @Column(name = "preparation_updated_at")
    public OffsetDateTime preparationUpdatedAt;

    /** an active attendee whose profile arrived: one who holds a valid badge and is expected at the door */
    public boolean expected() {
        return status == AttendeeStatus.ACTIVE && profile == ProfileState.RECEIVED;
    }
}
