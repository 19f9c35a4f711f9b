package org.ospo.summit.agenda.model;

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
import org.ospo.summit.contracts.events.Topic;
import org.ospo.summit.platform.db.TopicsConverter;

/** Who may register, learned from summit.attendees (never by a call), and the topics they want to discuss. */
@Entity
@Table(name = "attendee_eligibility")
public class AttendeeEligibility {
    @Id
    @Column(name = "attendee_id")
    public UUID attendeeId;
    /** the edition they were invited to */
    @Column(name = "summit_id")
    public int summitId;

    @Enumerated(EnumType.STRING)
    public Eligibility status;
    /** from attendee.preparation-updated, for recommendations and the demand report */
    @Convert(converter = TopicsConverter.class)
    public List<Topic> topics;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
