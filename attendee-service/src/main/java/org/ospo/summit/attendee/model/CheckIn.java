package org.ospo.summit.attendee.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An attendee came in: the earliest scan of their badge. */
@Entity
@Table(name = "check_in")
public class CheckIn {
    @Id
    @Column(name = "attendee_id")
    public UUID attendeeId;

    @Column(name = "summit_id")
    public int summitId;

    @Column(name = "checked_in_at")
    public OffsetDateTime checkedInAt;
    /** the earliest scan was made offline and uploaded later */
    public boolean offline;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
}
