package org.ospo.summit.agenda.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** An edition's days and time zone, as invitation-service last announced them (summit.updated). */
@Entity
@Table(name = "summit_days")
public class EditionDays {
    /** the edition */
    @Id
    public Integer id;

    @Column(name = "starts_at")
    public OffsetDateTime startsAt;

    @Column(name = "ends_at")
    public OffsetDateTime endsAt;
    /** an IANA zone id, as announced (checked when read) */
    public String timezone;
    /** when invitation-service changed them: a late, older announcement changes nothing */
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
