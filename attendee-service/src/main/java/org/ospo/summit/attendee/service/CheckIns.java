package org.ospo.summit.attendee.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.ospo.summit.attendee.api.CheckInBatch;
import org.ospo.summit.attendee.api.CheckInBatch.CheckInOutcome;
import org.ospo.summit.attendee.api.CheckInRequest;
import org.ospo.summit.attendee.api.CheckInStats;
import org.ospo.summit.attendee.api.CheckInView;
import org.ospo.summit.attendee.model.Attendee;
import org.ospo.summit.attendee.model.AttendeeStatus;
import org.ospo.summit.attendee.model.ProfileState;
import org.ospo.summit.attendee.repository.AttendeeRepository;
import org.ospo.summit.attendee.repository.BadgeKeyRepository;
import org.ospo.summit.attendee.repository.CheckInRepository;
import org.ospo.summit.contracts.events.AttendeeCheckedIn;
import org.ospo.summit.contracts.problem.ProblemType;
import org.ospo.summit.platform.edition.KnownEditions;
import org.ospo.summit.platform.outbox.Outbox;
import org.ospo.summit.platform.problem.ProblemException;
import org.ospo.summit.platform.time.SummitClock;

/**
 * The door: a scanned badge checks its attendee in once per edition. The badge is verified as a door phone verifies
 * it ({@link Badges#verify}) and must be the current edition's; its attendee must still be active, read under a lock
 * so a withdrawal or erasure committed a moment before is seen (410). A live scan of someone already in is a 409
 * naming the first check-in; an offline scan uploaded later is idempotent and keeps the earliest time. A first
 * check-in, or one moved earlier, is announced as attendee.checked-in through the outbox.
 */
@ApplicationScoped
public class CheckIns {
    /** a door phone's clock may run a little ahead */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final BadgeKeyRepository keys;
    private final AttendeeRepository attendees;
    private final CheckInRepository checkIns;
    private final KnownEditions editions;
    private final Outbox outbox;
    private final SummitClock clock;

    public CheckIns(
            BadgeKeyRepository keys,
            AttendeeRepository attendees,
            CheckInRepository checkIns,
            KnownEditions editions,
            Outbox outbox,
            SummitClock clock) {
        this.keys = keys;
        this.attendees = attendees;
        this.checkIns = checkIns;
        this.editions = editions;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The check-in, and whether this scan made it (false: an offline scan of someone already in). */
    public record Outcome(CheckInView checkIn, boolean created) {}

    public Uni<Outcome> checkIn(CheckInRequest request) {
        OffsetDateTime now = clock.now();
        boolean offline = request.scannedAt() != null;
        OffsetDateTime at = offline ? request.scannedAt() : now;
        if (at.isAfter(now.plus(CLOCK_SKEW))) {
            throw ProblemException.invalid("scannedAt", "must not lie in the future");
        }
        return Panache.withTransaction(() -> keys.all()
                .map(all -> Badges.verify(request.code(), all, at))
                .call(holder -> editions.currentId().invoke(current -> {
                    if (holder.summitId() != current) {
                        throw Badges.invalid("it is a badge of another edition");
                    }
                }))
                .chain(holder -> attendees.findById(holder.attendeeId(), LockModeType.PESSIMISTIC_WRITE))
                .invoke(CheckIns::requireActive)
                .chain(attendee -> checkIns.first(attendee.id, attendee.summitId, at, offline, now)
                        .chain(first -> first
                                ? announce(attendee, at, offline).replaceWith(new Outcome(view(attendee, at), true))
                                : again(attendee, at, offline, now))));
    }

    /**
     * A door phone's offline scans, each checked in as {@link #checkIn} would (in a transaction of its own, in the
     * order sent): a refused scan is reported, not fatal to the others. Uploading the same batch again changes nothing.
     */
    public Uni<CheckInBatch.Result> batch(CheckInBatch batch) {
        List<CheckInBatch.Item> items = new ArrayList<>();
        Uni<Void> all = Uni.createFrom().voidItem();
        for (int i = 0; i < batch.scans().size(); i++) {
            int index = i;
            CheckInBatch.Scan scan = batch.scans().get(i);
            all = all.chain(() -> checkIn(new CheckInRequest(scan.code(), scan.scannedAt()))
                    .map(outcome -> new CheckInBatch.Item(
                            index,
                            outcome.created() ? CheckInOutcome.CHECKED_IN : CheckInOutcome.ALREADY_IN,
                            outcome.checkIn().attendeeId(),
                            outcome.checkIn().checkedInAt(),
                            null))
                    .onFailure(CheckIns::refusal)
                    .recoverWithItem(e -> new CheckInBatch.Item(
                            index,
                            ((ProblemException) e).status() == 410 ? CheckInOutcome.GONE : CheckInOutcome.INVALID,
                            null,
                            null,
                            e.getMessage()))
                    .invoke(items::add)
                    .replaceWithVoid());
        }
        return all.map(done -> new CheckInBatch.Result(items));
    }

    /** a scan refused for what it is (400, 410), not a failure of the service */
    private static boolean refusal(Throwable e) {
        return e instanceof ProblemException p && (p.status() == 400 || p.status() == 410);
    }

    /** The current edition's door: expected, in, not yet, and per hour in the summit's time zone. */
    public Uni<CheckInStats> stats() {
        return Panache.withSession(() -> editions.currentId()
                .chain(summit -> editions.findById(summit).chain(edition -> {
                    String zone = edition == null || edition.timezone == null ? "UTC" : edition.timezone;
                    return attendees
                            .count(
                                    "summitId = ?1 and status = ?2 and profile = ?3",
                                    summit,
                                    AttendeeStatus.ACTIVE,
                                    ProfileState.RECEIVED)
                            .chain(expected -> checkIns.countIn(summit)
                                    .chain(in -> checkIns.byHour(summit, zone)
                                            .map(rows -> new CheckInStats(
                                                    summit,
                                                    expected,
                                                    in,
                                                    Math.max(0, expected - in),
                                                    hours(rows, ZoneId.of(zone))))));
                })));
    }

    private static List<CheckInStats.Hour> hours(List<Object[]> rows, ZoneId zone) {
        return rows.stream()
                .map(row -> {
                    LocalDateTime local =
                            row[0] instanceof LocalDateTime l ? l : ((Timestamp) row[0]).toLocalDateTime();
                    return new CheckInStats.Hour(local.atZone(zone).toOffsetDateTime(), ((Number) row[1]).longValue());
                })
                .toList();
    }

    /** An attendee's check-in (404 when they have none). */
    public Uni<CheckInView> of(UUID attendeeId) {
        return Panache.withSession(() -> checkIns.findById(attendeeId)
                .chain(row -> row == null
                        ? Uni.createFrom().failure(ProblemException.notFound("Check-in of attendee", attendeeId))
                        : attendees.findById(attendeeId).map(a -> view(a, row.checkedInAt))));
    }

    private Uni<Outcome> again(Attendee attendee, OffsetDateTime at, boolean offline, OffsetDateTime now) {
        if (!offline) {
            return checkIns.findById(attendee.id).map(first -> {
                throw new ProblemException(
                                409,
                                ProblemType.ALREADY_CHECKED_IN,
                                attendee.fullName + " checked in at " + first.checkedInAt)
                        .with("checkedInAt", first.checkedInAt);
            });
        }
        return checkIns.earlier(attendee.id, at, now)
                .call(moved ->
                        moved ? announce(attendee, at, true) : Uni.createFrom().voidItem())
                .chain(() -> checkIns.findById(attendee.id))
                .map(row -> new Outcome(view(attendee, row.checkedInAt), false));
    }

    private Uni<Void> announce(Attendee a, OffsetDateTime at, boolean offline) {
        return outbox.record(new AttendeeCheckedIn(a.id, a.summitId, at, offline))
                .replaceWithVoid();
    }

    private static void requireActive(Attendee a) {
        if (a == null) {
            throw Badges.invalid("no attendee of this summit has it");
        }
        if (!a.expected()) {
            throw ProblemException.gone("This badge is no longer valid: the attendee withdrew or was erased");
        }
    }

    private static CheckInView view(Attendee a, OffsetDateTime at) {
        return new CheckInView(a.id, a.fullName, a.company, at);
    }
}
