package org.ospo.summit.invitation.service;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.ospo.summit.invitation.api.InvitationStats;
import org.ospo.summit.invitation.api.SummitView;
import org.ospo.summit.invitation.api.UpdateSummitRequest;
import org.ospo.summit.invitation.mapping.InvitationMapper;
import org.ospo.summit.invitation.model.InvitationStatus;
import org.ospo.summit.invitation.model.Summit;
import org.ospo.summit.invitation.repository.InvitationRepository;
import org.ospo.summit.invitation.repository.SummitRepository;
import org.ospo.summit.contracts.events.SummitUpdated;
import org.ospo.summit.platform.outbox.Outbox;
import org.ospo.summit.platform.problem.ProblemException;
import org.ospo.summit.platform.time.SummitClock;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** The summit's settings and the seat statistics. */
@ApplicationScoped
public class SummitService {
    private final SummitRepository summits;
    private final InvitationRepository invitations;
    private final SeatAllocator seats;
    private final Outbox outbox;
    private final SummitClock clock;

    public SummitService(SummitRepository summits, InvitationRepository invitations, SeatAllocator seats,
            Outbox outbox, SummitClock clock) {
        this.summits = summits;
        this.invitations = invitations;
        this.seats = seats;
        this.outbox = outbox;
        this.clock = clock;
    }

    @WithSession
    public Uni<SummitView> get() {
        return summits.current().map(InvitationMapper::summit);
    }

    /**
     * Capacity cannot go below the seats taken; raising it gives the new seats to the waiting list at once. Every
     * change is announced as summit.updated (the agenda keeps its sessions inside the summit's days).
     */
    @WithTransaction
    public Uni<SummitView> update(UpdateSummitRequest r) {
        validate(r);
        return summits.lockForSeatAllocation().chain(summit -> invitations.countByStatus(InvitationStatus.ACCEPTED)
                .chain(taken -> {
                    if (r.capacity() < taken) {
                        return Uni.createFrom().failure(ProblemException.conflict("Capacity " + r.capacity()
                                + " is below the " + taken + " seats already taken").with("seatsTaken", taken));
                    }
                    summit.name = r.name().trim();
                    summit.startsAt = r.startsAt();
                    summit.endsAt = r.endsAt();
                    summit.timezone = r.timezone().trim();
                    summit.venue = r.venue().trim();
                    summit.capacity = r.capacity();
                    summit.rsvpDeadline = r.rsvpDeadline();
                    summit.referralQuota = r.referralQuota();
                    summit.openConferenceUrl = r.openConferenceUrl().trim();
                    summit.updatedAt = clock.now();
                    summit.seed = false;
                    return seats.promoteWaitlisted(summit).replaceWith(summit);
                })).call(this::announce).map(InvitationMapper::summit);
    }

    /**
     * Keeps a summit that is still the install's seed ahead of the clock: once its RSVP deadline has passed, it moves
     * to the next {@link SeedSchedule} and is announced like any change. Returns whether it moved. Runs with the
     * deadline job (before expiry, so a seed never expires invitations).
     */
    @WithTransaction
    public Uni<Boolean> keepSeedAhead() {
        return summits.lockForSeatAllocation().chain(summit -> {
            OffsetDateTime now = clock.now();
            if (!summit.seed || !now.isAfter(summit.rsvpDeadline)) {
                return Uni.createFrom().item(false);
            }
            SeedSchedule next = SeedSchedule.after(now, ZoneId.of(summit.timezone));
            summit.startsAt = next.startsAt();
            summit.endsAt = next.endsAt();
            summit.rsvpDeadline = next.rsvpDeadline();
            summit.updatedAt = now;
            return announce(summit).replaceWith(true);
        });
    }

    private Uni<Void> announce(Summit summit) {
        return outbox.record(new SummitUpdated(summit.name, summit.startsAt, summit.endsAt, summit.timezone,
                summit.venue, summit.updatedAt)).replaceWithVoid();
    }

    @WithSession
    public Uni<InvitationStats> stats() {
        return summits.current().chain(summit -> invitations.countsByStatus().map(rows -> {
            Map<String, Long> byStatus = new LinkedHashMap<>();
            for (InvitationStatus s : InvitationStatus.values()) {
                byStatus.put(s.name(), 0L);
            }
            long total = 0;
            for (Object[] row : rows) {
                long n = ((Number) row[1]).longValue();
                byStatus.put(String.valueOf(row[0]), n);
                total += n;
            }
            long taken = byStatus.get(InvitationStatus.ACCEPTED.name());
            return new InvitationStats(byStatus, summit.capacity, taken, Math.max(0, summit.capacity - taken),
                    byStatus.get(InvitationStatus.WAITLISTED.name()), total);
        }));
    }

    private static void validate(UpdateSummitRequest r) {
        try {
            ZoneId.of(r.timezone().trim());
        } catch (DateTimeException e) {
            throw ProblemException.invalid("timezone", "must be an IANA time zone such as Asia/Shanghai");
        }
        if (!r.endsAt().isAfter(r.startsAt())) {
            throw ProblemException.invalid("endsAt", "must be after startsAt");
        }
        if (r.rsvpDeadline().isAfter(r.startsAt())) {
            throw ProblemException.invalid("rsvpDeadline", "must not be after startsAt");
        }
    }
}
