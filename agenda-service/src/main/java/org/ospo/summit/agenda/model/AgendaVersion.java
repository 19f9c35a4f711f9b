package org.ospo.summit.agenda.model;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One published version of the agenda: an immutable snapshot (JSON) and its changelog. */
@Entity
@Table(name = "agenda_version")
public class AgendaVersion {
    @Id
    public Integer version;
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;
    public String sessions;
    public String changes;
}
