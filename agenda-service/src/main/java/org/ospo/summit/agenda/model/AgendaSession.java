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
import org.ospo.summit.agenda.api.SessionRequest;
import org.ospo.summit.contracts.events.Topic;
import org.ospo.summit.platform.db.TopicsConverter;

/** A session of the organizers' draft; the public sees it once a version is published. */
@Entity
@Table(name = "agenda_session")
public class AgendaSession {
    @Id
    public UUID id;
    /** the edition: that of its room */
    @Column(name = "summit_id")
    public int summitId;

    public String title;

    @Column(name = "abstract")
    public String summary;

    @Enumerated(EnumType.STRING)
    public SessionKind kind;

    @Convert(converter = TopicsConverter.class)
    public List<Topic> topics;

    @Convert(converter = SpeakersConverter.class)
    public List<SessionRequest.Speaker> speakers;

    @Column(name = "room_id")
    public UUID roomId;

    @Column(name = "starts_at")
    public OffsetDateTime startsAt;

    @Column(name = "ends_at")
    public OffsetDateTime endsAt;
    /** null = the room's capacity */
    public Integer capacity;
    /**
     * its registrations, counted: changed only by {@code SessionRepository}'s counter statements (never written from
     * this entity)
     */
    @Column(name = "seats_taken", insertable = false, updatable = false)
    public int seatsTaken;

    @Enumerated(EnumType.STRING)
    public SessionStatus status;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
