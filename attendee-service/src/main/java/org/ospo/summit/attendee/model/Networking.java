package org.ospo.summit.attendee.model;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An attendee's networking card: whether others may see them, and what they offer and seek. */
@Entity
@Table(name = "networking")
public class Networking {
    @Id
    @Column(name = "attendee_id")
    public UUID attendeeId;

    @Column(name = "opt_in")
    public boolean optIn;

    public String headline;

    @Convert(converter = PhrasesConverter.class)
    public List<String> offers = List.of();

    @Convert(converter = PhrasesConverter.class)
    public List<String> seeks = List.of();

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
