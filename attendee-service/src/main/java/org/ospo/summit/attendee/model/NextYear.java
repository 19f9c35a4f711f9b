package org.ospo.summit.attendee.model;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.ospo.summit.contracts.events.VolunteerArea;

/** An attendee's answer about next year: coming back, helping, themes to discuss, peers to invite. */
@Entity
@Table(name = "next_year")
public class NextYear {
    @Id
    @Column(name = "attendee_id")
    public UUID attendeeId;

    @Column(name = "summit_id")
    public int summitId;

    @Column(name = "would_return")
    public boolean wouldReturn;

    @Column(name = "volunteer_for")
    @Convert(converter = VolunteerAreasConverter.class)
    public List<VolunteerArea> volunteerFor = List.of();

    @Column(name = "suggested_topics")
    @Convert(converter = PhrasesConverter.class)
    public List<String> suggestedTopics = List.of();
    /** emails of peers to invite next year */
    @Convert(converter = PhrasesConverter.class)
    public List<String> nominees = List.of();

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
