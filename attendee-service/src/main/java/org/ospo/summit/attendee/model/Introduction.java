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
import org.ospo.summit.contracts.events.Topic;
import org.ospo.summit.platform.db.TopicsConverter;

/** One attendee asked to be introduced to another; the recipient answers once. One per pair of attendees. */
@Entity
@Table(name = "introduction")
public class Introduction {
    @Id
    public UUID id;

    @Column(name = "summit_id")
    public int summitId;

    @Column(name = "from_attendee")
    public UUID fromAttendee;

    @Column(name = "to_attendee")
    public UUID toAttendee;

    public String message;
    /** the themes both cared about when it was asked */
    @Convert(converter = TopicsConverter.class)
    public List<Topic> topics = List.of();

    @Enumerated(EnumType.STRING)
    public IntroductionStatus status;

    @Column(name = "requested_at")
    public OffsetDateTime requestedAt;

    @Column(name = "answered_at")
    public OffsetDateTime answeredAt;

    /** whether this attendee is one of the two */
    public boolean involves(UUID attendeeId) {
        return fromAttendee.equals(attendeeId) || toAttendee.equals(attendeeId);
    }
}
