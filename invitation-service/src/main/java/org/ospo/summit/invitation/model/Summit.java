package org.ospo.summit.invitation.model;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The summit's settings (a single row, id 1). Its row lock serialises seat allocation. */
@Entity
@Table(name = "summit")
public class Summit {
    public static final short ID = 1;

    @Id
    public Short id;
    public String name;
    @Column(name = "starts_at")
    public OffsetDateTime startsAt;
    @Column(name = "ends_at")
    public OffsetDateTime endsAt;
    public String timezone;
    public String venue;
    public int capacity;
    @Column(name = "rsvp_deadline")
    public OffsetDateTime rsvpDeadline;
    @Column(name = "referral_quota")
    public int referralQuota;
    @Column(name = "open_conference_url")
    public String openConferenceUrl;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    /** still the install's seed, dates chosen by no organizer (kept ahead of the clock: SeedSchedule) */
    public boolean seed;
}
