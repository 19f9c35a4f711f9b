package org.ospo.summit.agenda.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One published version of the agenda: an immutable snapshot (JSON) of its sessions, the sessions cancelled so far,
 * its changelog and the time zone its times are written in.
 */
@Entity
@Table(name = "agenda_version")
@IdClass(AgendaVersion.Key.class)
public class AgendaVersion {
    /** versions are numbered per edition */
    @Id
    @Column(name = "summit_id")
    public Integer summitId;

    @Id
    public Integer version;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    public String sessions;
    public String changes;
    public String cancelled;
    public String timezone;

    /** The key: an edition and its version number. */
    public record Key(Integer summitId, Integer version) implements java.io.Serializable {}
}
