package org.ospo.summit.agenda.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An attendee's rating of a session they were registered for, or of the summit overall ({@code sessionId} null). */
@Entity
@Table(name = "feedback")
public class Feedback {
    @Id
    public UUID id;

    @Column(name = "summit_id")
    public int summitId;

    @Column(name = "attendee_id")
    public UUID attendeeId;

    @Column(name = "session_id")
    public UUID sessionId;
    /** 1 (poor) to 5 (excellent) */
    public int rating;

    public String comment;
    /** when it was first given */
    @Column(name = "given_at")
    public OffsetDateTime givenAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
