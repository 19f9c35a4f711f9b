package org.ospo.summit.attendee.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ospo.summit.attendee.api.AttendeeView;
import org.ospo.summit.attendee.api.Preparation;
import org.ospo.summit.attendee.config.AttendeeSettings;
import org.ospo.summit.attendee.mapping.AttendeeMapper;
import org.ospo.summit.attendee.model.Attendee;
import org.ospo.summit.attendee.model.AttendeeStatus;
import org.ospo.summit.attendee.model.PreparationScore;
import org.ospo.summit.attendee.model.ProfileState;
import org.ospo.summit.attendee.repository.AttendeeRepository;
import org.ospo.summit.contracts.events.AttendeePreparationUpdated;
import org.ospo.summit.contracts.problem.ProblemType;
import org.ospo.summit.platform.edition.KnownEditions;
import org.ospo.summit.platform.http.EntityTags;
import org.ospo.summit.platform.outbox.Outbox;
import org.ospo.summit.platform.problem.ProblemException;
import org.ospo.summit.platform.time.SummitClock;

/** An attendee's preparation: saved whole, scored, announced (attendee.preparation-updated) in one transaction. */
@ApplicationScoped
public class PreparationService {
    private final AttendeeRepository attendees;
    private final Outbox outbox;
    private final Optional<OffsetDateTime> editDeadline;
    private final SummitClock clock;
    private final KnownEditions editions;
    private final AttendeeMapper mapper;
    private final EntityTags tags;

    public PreparationService(
            AttendeeRepository attendees,
            Outbox outbox,
            AttendeeSettings settings,
            SummitClock clock,
            KnownEditions editions,
            AttendeeMapper mapper,
            EntityTags tags) {
        this.mapper = mapper;
        this.tags = tags;
        this.editions = editions;
        this.attendees = attendees;
        this.outbox = outbox;
        this.editDeadline = settings.preparation().editDeadline();
        this.clock = clock;
    }

    /**
     * Saves the whole dossier. {@code ifMatch}, when given, is the ETag of GET /api/attendees/me the attendee edited;
     * the row is locked first, so a second tab's older edit is refused (412) instead of overwriting this one.
     */
    @WithTransaction
    public Uni<AttendeeView> update(UUID attendeeId, Preparation preparation, String ifMatch) {
        if (editDeadline.isPresent() && clock.now().isAfter(editDeadline.get())) {
            throw new ProblemException(
                    409, ProblemType.PREPARATION_CLOSED, "Preparations could be edited until " + editDeadline.get());
        }
        Preparation clean = normalise(preparation);
        if (clean.sponsorship() != null
                && Boolean.TRUE.equals(clean.sponsorship().offered())
                && clean.sponsorship().kind() == null) {
            throw ProblemException.invalid("sponsorship.kind", "is required when a sponsorship is offered");
        }
        return attendees.findById(attendeeId, LockModeType.PESSIMISTIC_WRITE).chain(attendee -> {
            if (attendee == null || attendee.profile != ProfileState.RECEIVED) {
                return Uni.createFrom().failure(AttendeeService.notRegisteredYet());
            }
            tags.requireCurrent(ifMatch, mapper.view(attendee));
            if (attendee.status != AttendeeStatus.ACTIVE) {
                return Uni.createFrom().failure(ProblemException.conflict("A withdrawn attendee cannot prepare"));
            }
            return editions.checkWritable(attendee.summitId, "preparations").chain(() -> save(attendee, clean));
        });
    }

    private Uni<AttendeeView> save(Attendee attendee, Preparation clean) {
        PreparationScore score = PreparationScore.of(clean);
        attendee.preparation = clean;
        attendee.completeness = score.completeness();
        attendee.readiness = score.readiness();
        attendee.topics = clean.topics();
        attendee.sponsorshipOffered = clean.sponsorship() != null
                && Boolean.TRUE.equals(clean.sponsorship().offered());
        attendee.joinOrganizing = Boolean.TRUE.equals(clean.joinOrganizingTeam());
        attendee.preparationUpdatedAt = clock.now();
        attendee.updatedAt = attendee.preparationUpdatedAt;
        return outbox.record(new AttendeePreparationUpdated(
                        attendee.id,
                        attendee.summitId,
                        clean.topics(),
                        score.readiness(),
                        score.completeness(),
                        attendee.sponsorshipOffered,
                        attendee.joinOrganizing,
                        attendee.preparationUpdatedAt))
                .map(e -> mapper.view(attendee)); // as GET /api/attendees/me reads it back: the same ETag
    }

    /** Trims texts, drops blank and repeated problems and repeated topics. */
    static Preparation normalise(Preparation p) {
        List<String> problems = p.problems() == null
                ? List.of()
                : p.problems().stream()
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .distinct()
                        .toList();
        return new Preparation(
                trim(p.ospoWorkReview()),
                trim(p.lessonsLearned()),
                trim(p.expectationsFromPeers()),
                trim(p.ospoWishes()),
                problems,
                p.managerInformed(),
                p.sponsorship(),
                p.topics() == null ? List.of() : p.topics().stream().distinct().toList(),
                p.joinOrganizingTeam());
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
