package org.ospo.summit.agenda.model;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One published version of the agenda: an immutable snapshot (JSON) of its sessions, the sessions cancelled so far,
 * its changelog and the time zone its times are written in.
 */
@Entity
@Table(name = "agenda_version")
public class AgendaVersion {
    @Id
    public Integer version;
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;
    public String sessions;
    public String changes;
    public String cancelled;
    public String timezone;
}
