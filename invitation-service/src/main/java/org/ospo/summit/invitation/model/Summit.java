package org.ospo.summit.invitation.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.ospo.summit.contracts.events.EditionStatus;
import org.ospo.summit.contracts.problem.ProblemType;
import org.ospo.summit.platform.edition.EditionProblems;
import org.ospo.summit.platform.problem.ProblemException;

/**
 * One edition of the summit (the summit is annual) and its settings. Exactly one edition is current: what
 * {@code /api/summit} and every list without {@code ?summit=} mean. Its seats are counted on its row
 * ({@code SeatAllocator}).
 */
@Entity
@Table(name = "summit")
public class Summit {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Integer id;

    public String name;
    public int year;

    @Enumerated(EnumType.STRING)
    public EditionStatus status;

    public boolean current;

    @Column(name = "starts_at")
    public OffsetDateTime startsAt;

    @Column(name = "ends_at")
    public OffsetDateTime endsAt;

    public String timezone;
    public String venue;
    /** the venue for zh-CN invitees (page, mails); null: {@link #venue} */
    @Column(name = "venue_zh")
    public String venueZh;

    public int capacity;
    /**
     * the seats taken: always the edition's ACCEPTED invitations, never above {@link #capacity}. Kept by the database's
     * triggers (V9__seat_counter.sql), never written from this entity; read it fresh when it matters
     * ({@code SummitRepository.freeSeats}).
     */
    @Column(name = "seats_taken", insertable = false, updatable = false)
    public int seatsTaken;

    @Column(name = "rsvp_deadline")
    public OffsetDateTime rsvpDeadline;

    @Column(name = "referral_quota")
    public int referralQuota;

    @Column(name = "open_conference_url")
    public String openConferenceUrl;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "archived_at")
    public OffsetDateTime archivedAt;

    @Column(name = "anonymised_at")
    public OffsetDateTime anonymisedAt;
    /** the edition this one's settings (and rooms) were copied from */
    @Column(name = "copied_from")
    public Integer copiedFrom;
    /** still the install's seed, dates chosen by no organizer (kept ahead of the clock: SeedSchedule) */
    public boolean seed;
    /** when summit.updated last announced the edition; null: never yet (announced at the next start) */
    @Column(name = "announced_at")
    public OffsetDateTime announcedAt;

    /** "OSPO Summit 2027 (#2)": how problems name an edition */
    public String label() {
        return EditionProblems.label(name, year, id);
    }

    /** Refuses a write to a past edition: 409 naming it. */
    public void checkWritable(String what) {
        if (status.isReadOnly()) {
            throw EditionProblems.readOnly(id, label(), status, what);
        }
    }

    /** Refuses to mail or answer invitations unless the edition is OPEN (409 naming it). */
    public void checkSendsInvitations() {
        checkWritable("invitations");
        if (!status.sendsInvitations()) {
            throw new ProblemException(
                            409,
                            ProblemType.EDITION_NOT_OPEN,
                            label() + " is " + status + ": open it (PUT /api/summits/" + id
                                    + " with status OPEN) before invitations go out")
                    .with("summitId", id)
                    .with("edition", label());
        }
    }
}
