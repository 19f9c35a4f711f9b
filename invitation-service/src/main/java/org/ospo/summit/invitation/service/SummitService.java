package org.ospo.summit.invitation.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ospo.summit.contracts.events.EditionStatus;
import org.ospo.summit.contracts.events.InvitationStatus;
import org.ospo.summit.contracts.events.SummitUpdated;
import org.ospo.summit.contracts.problem.ProblemType;
import org.ospo.summit.invitation.api.CreateSummitRequest;
import org.ospo.summit.invitation.api.InvitationStats;
import org.ospo.summit.invitation.api.SummitView;
import org.ospo.summit.invitation.api.UpdateSummitRequest;
import org.ospo.summit.invitation.mapping.InvitationMapper;
import org.ospo.summit.invitation.model.Summit;
import org.ospo.summit.invitation.repository.InvitationRepository;
import org.ospo.summit.invitation.repository.SummitRepository;
import org.ospo.summit.platform.http.EntityTags;
import org.ospo.summit.platform.outbox.Outbox;
import org.ospo.summit.platform.problem.ProblemException;
import org.ospo.summit.platform.time.SummitClock;

/**
 * The summit's editions: their settings, status, which one is current, and their seat statistics. Every change of an
 * edition is announced as summit.updated (the agenda keeps each edition's sessions inside its days).
 */
@ApplicationScoped
public class SummitService {
    private final SummitRepository summits;
    private final InvitationRepository invitations;
    private final SeatAllocator seats;
    private final Outbox outbox;
    private final SummitClock clock;
    private final EntityTags tags;
    private final SummitSettings settings;
    private final NextYearNominations nextYear;

    public SummitService(
            SummitRepository summits,
            InvitationRepository invitations,
            SeatAllocator seats,
            Outbox outbox,
            SummitClock clock,
            EntityTags tags,
            SummitSettings settings,
            NextYearNominations nextYear) {
        this.settings = settings;
        this.nextYear = nextYear;
        this.tags = tags;
        this.summits = summits;
        this.invitations = invitations;
        this.seats = seats;
        this.outbox = outbox;
        this.clock = clock;
    }

    @WithSession
    public Uni<List<SummitView>> list() {
        return summits.newestFirst()
                .map(list -> list.stream().map(InvitationMapper::summit).toList());
    }

    /**
     * A new edition: PLANNING, not current; settings left out are taken from {@code copyFrom}. The peers named in the
     * next-year forms of the edition it follows become its nominations.
     */
    public Uni<SummitView> create(CreateSummitRequest r) {
        return Panache.withTransaction(() -> creating(r)).invoke(settings::changed);
    }

    private Uni<SummitView> creating(CreateSummitRequest r) {
        Uni<Summit> source = r.copyFrom() == null
                ? Uni.createFrom().nullItem()
                : summits.findById(r.copyFrom())
                        .onItem()
                        .ifNull()
                        .failWith(() -> ProblemException.invalid("copyFrom", "there is no edition " + r.copyFrom()));
        return source.chain(from -> {
                    Summit s = new Summit();
                    s.name = pick("name", r.name(), from == null ? null : from.name)
                            .trim();
                    s.year = r.year();
                    s.status = EditionStatus.PLANNING;
                    s.current = false;
                    s.startsAt = r.startsAt();
                    s.endsAt = r.endsAt();
                    s.timezone = pick("timezone", r.timezone(), from == null ? null : from.timezone)
                            .trim();
                    s.venue = pick("venue", r.venue(), from == null ? null : from.venue)
                            .trim();
                    s.venueZh = r.venueZh() != null ? blankToNull(r.venueZh()) : from == null ? null : from.venueZh;
                    s.capacity = pick("capacity", r.capacity(), from == null ? null : from.capacity);
                    s.rsvpDeadline = r.rsvpDeadline();
                    s.referralQuota =
                            pick("referralQuota", r.referralQuota(), from == null ? null : from.referralQuota);
                    s.openConferenceUrl = pick(
                                    "openConferenceUrl",
                                    r.openConferenceUrl(),
                                    from == null ? null : from.openConferenceUrl)
                            .trim();
                    s.copiedFrom = from == null ? null : from.id;
                    s.createdAt = clock.now();
                    s.updatedAt = s.createdAt;
                    validate(s.timezone, s.startsAt, s.endsAt, s.rsvpDeadline);
                    return summits.persistAndFlush(s);
                })
                .call(this::announce)
                .call(nextYear::carryInto)
                .map(InvitationMapper::summit);
    }

    /**
     * Changes an edition (the current one when {@code id} is null). Capacity cannot go below the seats taken; raising
     * it gives the new seats to the waiting list at once. A CLOSED or ARCHIVED edition only changes status.
     */
    public Uni<SummitView> update(Integer id, UpdateSummitRequest r, String ifMatch) {
        return Panache.withTransaction(() -> updating(id, r, ifMatch)).invoke(settings::changed);
    }

    private Uni<SummitView> updating(Integer id, UpdateSummitRequest r, String ifMatch) {
        validate(r.timezone().trim(), r.startsAt(), r.endsAt(), r.rsvpDeadline());
        return (id == null ? summits.lockCurrent() : summits.lockForSeatAllocation(id))
                .invoke(summit -> tags.requireCurrent(ifMatch, InvitationMapper.summit(summit)))
                .chain(summit -> summits.freeSeats(summit.id)
                        .map(free -> summit.capacity - free)
                        .chain(taken -> {
                            EditionStatus next = r.status() == null ? summit.status : r.status();
                            if (!summit.status.canMoveTo(next)) {
                                return Uni.createFrom()
                                        .failure(new ProblemException(
                                                        409,
                                                        ProblemType.ILLEGAL_TRANSITION,
                                                        summit.label() + " cannot move from " + summit.status + " to "
                                                                + next)
                                                .with("summitId", summit.id));
                            }
                            if (summit.status.isReadOnly() && changesSettings(summit, r)) {
                                summit.checkWritable("settings");
                            }
                            if (r.capacity() < taken) {
                                return Uni.createFrom()
                                        .failure(ProblemException.conflict("Capacity " + r.capacity() + " is below the "
                                                        + taken + " seats already taken")
                                                .with("seatsTaken", taken));
                            }
                            apply(summit, r);
                            if (next != summit.status) {
                                summit.status = next;
                                summit.archivedAt = next == EditionStatus.ARCHIVED ? clock.now() : summit.archivedAt;
                            }
                            summit.updatedAt = clock.now();
                            summit.seed = false;
                            return (summit.status.sendsInvitations()
                                            ? seats.promoteWaitlisted(summit)
                                            : Uni.createFrom().voidItem())
                                    .replaceWith(summit);
                        }))
                .call(this::announce)
                .map(InvitationMapper::summit);
    }

    /** Makes an edition the current one (the former current one stops being it); both are announced. */
    public Uni<SummitView> makeCurrent(int id) {
        return Panache.withTransaction(() -> makingCurrent(id)).invoke(settings::changed);
    }

    private Uni<SummitView> makingCurrent(int id) {
        return summits.lockCurrent()
                .chain(former -> summits.lockForSeatAllocation(id).chain(next -> {
                    if (next.current) {
                        return Uni.createFrom().item(next);
                    }
                    if (next.status == EditionStatus.ARCHIVED) {
                        return Uni.createFrom()
                                .failure(new ProblemException(
                                                409,
                                                ProblemType.EDITION_ARCHIVED,
                                                next.label() + " is archived and cannot become the current edition")
                                        .with("summitId", id));
                    }
                    OffsetDateTime now = clock.now();
                    former.current = false;
                    former.updatedAt = now;
                    // the one-current index is checked per statement: the former edition lets go first
                    return summits.flush()
                            .chain(() -> {
                                next.current = true;
                                next.updatedAt = now;
                                return summits.flush();
                            })
                            .call(() -> announce(former))
                            .call(() -> announce(next))
                            .replaceWith(next);
                }))
                .map(InvitationMapper::summit);
    }

    /**
     * Keeps an edition that is still the install's seed ahead of the clock: once its RSVP deadline has passed, it
     * moves to the next {@link SeedSchedule} and is announced like any change. Returns whether one moved. Runs with
     * the deadline job (before expiry, so a seed never expires invitations).
     */
    public Uni<Boolean> keepSeedAhead() {
        return Panache.withTransaction(() -> keepingSeedAhead()).invoke(settings::changed);
    }

    private Uni<Boolean> keepingSeedAhead() {
        return summits.find("seed", true)
                .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .firstResult()
                .chain(summit -> {
                    OffsetDateTime now = clock.now();
                    if (summit == null || !now.isAfter(summit.rsvpDeadline)) {
                        return Uni.createFrom().item(false);
                    }
                    SeedSchedule next = SeedSchedule.after(now, ZoneId.of(summit.timezone));
                    summit.startsAt = next.startsAt();
                    summit.endsAt = next.endsAt();
                    summit.rsvpDeadline = next.rsvpDeadline();
                    summit.year = next.startsAt()
                            .atZoneSameInstant(ZoneId.of(summit.timezone))
                            .getYear();
                    summit.updatedAt = now;
                    return announce(summit).replaceWith(true);
                });
    }

    /** Counts by status and seats of an edition (the current one when {@code id} is null). */
    @WithSession
    public Uni<InvitationStats> stats(Integer id) {
        return summits.edition(id)
                .chain(summit -> invitations.countsByStatus(summit.id).map(rows -> {
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
                    return new InvitationStats(
                            summit.id,
                            byStatus,
                            summit.capacity,
                            taken,
                            Math.max(0, summit.capacity - taken),
                            byStatus.get(InvitationStatus.WAITLISTED.name()),
                            total);
                }));
    }

    /**
     * Announces, once, every edition never announced: a new install's first edition (agenda-service learns its days
     * and time zone from it), or editions from before announcements were recorded. Runs at start and with the
     * deadline job; replicas running it at once announce each edition once (the rows are locked, then re-read).
     * Returns how many were announced now.
     */
    public Uni<Integer> announcePending() {
        return Panache.withTransaction(() -> summits.find("announcedAt is null")
                        .withLock(LockModeType.PESSIMISTIC_WRITE)
                        .list()
                        .chain(pending -> Multi.createFrom()
                                .iterable(pending)
                                .onItem()
                                .transformToUniAndConcatenate(s -> announce(s).replaceWith(s))
                                .collect()
                                .asList())
                        .map(List::size))
                .invoke(n -> {
                    if (n > 0) {
                        settings.changed();
                    }
                });
    }

    /** summit.updated: the edition as it stands (in the caller's transaction, through the outbox). */
    Uni<Void> announce(Summit s) {
        s.announcedAt = clock.now();
        return outbox.record(new SummitUpdated(
                        s.id,
                        s.name,
                        s.year,
                        s.status,
                        s.current,
                        s.startsAt,
                        s.endsAt,
                        s.timezone,
                        s.venue,
                        s.copiedFrom,
                        s.anonymisedAt,
                        s.updatedAt))
                .replaceWithVoid();
    }

    private static boolean changesSettings(Summit s, UpdateSummitRequest r) {
        return !(s.name.equals(r.name().trim())
                && (r.year() == null || r.year() == s.year)
                && s.startsAt.isEqual(r.startsAt())
                && s.endsAt.isEqual(r.endsAt())
                && s.timezone.equals(r.timezone().trim())
                && s.venue.equals(r.venue().trim())
                && s.capacity == r.capacity()
                && s.rsvpDeadline.isEqual(r.rsvpDeadline())
                && s.referralQuota == r.referralQuota()
                && s.openConferenceUrl.equals(r.openConferenceUrl().trim())
                && (r.venueZh() == null || java.util.Objects.equals(s.venueZh, blankToNull(r.venueZh()))));
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text.trim();
    }

    private static void apply(Summit summit, UpdateSummitRequest r) {
        summit.name = r.name().trim();
        summit.year = r.year() == null ? summit.year : r.year();
        summit.startsAt = r.startsAt();
        summit.endsAt = r.endsAt();
        summit.timezone = r.timezone().trim();
        summit.venue = r.venue().trim();
        summit.venueZh = r.venueZh() == null ? summit.venueZh : blankToNull(r.venueZh());
        summit.capacity = r.capacity();
        summit.rsvpDeadline = r.rsvpDeadline();
        summit.referralQuota = r.referralQuota();
        summit.openConferenceUrl = r.openConferenceUrl().trim();
    }

    private static <T> T pick(String field, T given, T copied) {
        T value = given != null ? given : copied;
        if (value == null || value instanceof String text && text.isBlank()) {
            throw ProblemException.invalid(field, "must not be blank (or name an edition to copy it from: copyFrom)");
        }
        return value;
    }

    private static void validate(
            String timezone, OffsetDateTime startsAt, OffsetDateTime endsAt, OffsetDateTime rsvpDeadline) {
        try {
            ZoneId.of(timezone);
        } catch (DateTimeException e) {
            throw ProblemException.invalid("timezone", "must be an IANA time zone such as Asia/Shanghai");
        }
        if (!endsAt.isAfter(startsAt)) {
            throw ProblemException.invalid("endsAt", "must be after startsAt");
        }
        if (rsvpDeadline.isAfter(startsAt)) {
            throw ProblemException.invalid("rsvpDeadline", "must not be after startsAt");
        }
    }
}
