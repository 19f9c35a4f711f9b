package org.ospo.summit.agenda.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An attendee's seat in a published session. Its session's {@link AgendaSession#seatsTaken} counts these rows; only
 * {@code RegistrationRepository} and {@code SessionRepository} write them, together.
 */
@Entity
@Table(name = "registration")
@IdClass(Registration.Key.class)
public class Registration {
    @Id
    @Column(name = "session_id")
    public UUID sessionId;

    @Id
    @Column(name = "attendee_id")
    public UUID attendeeId;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    public Registration() {}

    public Registration(UUID sessionId, UUID attendeeId, OffsetDateTime createdAt) {
        this.sessionId = sessionId;
        this.attendeeId = attendeeId;
        this.createdAt = createdAt;
    }

    /** The key: a session and an attendee. */
    public record Key(UUID sessionId, UUID attendeeId) implements java.io.Serializable {}
}
