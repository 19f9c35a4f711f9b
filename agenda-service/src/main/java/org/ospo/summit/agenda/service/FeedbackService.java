package org.ospo.summit.agenda.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ospo.summit.agenda.api.FeedbackRequest;
import org.ospo.summit.agenda.api.FeedbackSummary;
import org.ospo.summit.agenda.api.FeedbackView;
import org.ospo.summit.agenda.model.AgendaSession;
import org.ospo.summit.agenda.model.AttendeeEligibility;
import org.ospo.summit.agenda.model.Feedback;
import org.ospo.summit.agenda.model.SessionStatus;
import org.ospo.summit.agenda.repository.EditionDaysRepository;
import org.ospo.summit.agenda.repository.EligibilityRepository;
import org.ospo.summit.agenda.repository.FeedbackRepository;
import org.ospo.summit.agenda.repository.RegistrationRepository;
import org.ospo.summit.agenda.repository.SessionRepository;
import org.ospo.summit.contracts.events.FeedbackGiven;
import org.ospo.summit.contracts.events.Topic;
import org.ospo.summit.platform.edition.KnownEditions;
import org.ospo.summit.platform.outbox.Outbox;
import org.ospo.summit.platform.problem.ProblemException;
import org.ospo.summit.platform.time.SummitClock;

/**
 * Feedback from attendees: a rating (1..5, a comment optional) of a session they are registered for, once it has
 * started, or of their summit overall, once its first day has started; before that, 409. One per attendee and target:
 * a second one replaces the first. Each is announced (feedback.given, no comment text). One attendee's submissions
 * are serialised on their eligibility row, so two at once cannot both be the first.
 */
@ApplicationScoped
public class FeedbackService {
    private final EligibilityRepository eligibility;
    private final SessionRepository sessions;
    private final RegistrationRepository registrations;
    private final EditionDaysRepository days;
    private final FeedbackRepository feedback;
    private final KnownEditions editions;
    private final Outbox outbox;
    private final SummitClock clock;

    public FeedbackService(
            EligibilityRepository eligibility,
            SessionRepository sessions,
            RegistrationRepository registrations,
            EditionDaysRepository days,
            FeedbackRepository feedback,
            KnownEditions editions,
            Outbox outbox,
            SummitClock clock) {
        this.eligibility = eligibility;
        this.sessions = sessions;
        this.registrations = registrations;
        this.days = days;
        this.feedback = feedback;
        this.editions = editions;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** What giving feedback did: given now for the first time, or replaced the earlier one. */
    public record Outcome(boolean created, FeedbackView feedback) {}

    @WithTransaction
    public Uni<Outcome> give(UUID attendeeId, FeedbackRequest request) {
        OffsetDateTime now = clock.now();
        return eligibility
                .lock(attendeeId)
                .invoke(RegistrationService::requireActive)
                .call(me -> request.sessionId() == null ? summitStarted(me, now) : sessionStarted(me, request, now))
                .chain(me -> feedback.of(attendeeId, me.summitId, request.sessionId())
                        .chain(existing -> save(me, existing, request, now)));
    }

    private Uni<Void> sessionStarted(AttendeeEligibility me, FeedbackRequest request, OffsetDateTime now) {
        UUID sessionId = request.sessionId();
        return sessions.findById(sessionId).chain(session -> {
            if (session == null || session.summitId != me.summitId) {
                throw ProblemException.notFound("Session", sessionId);
            }
            return registrations.sessionsOf(me.attendeeId).map(mine -> {
                if (!mine.contains(sessionId)) {
                    throw ProblemException.forbidden("Feedback on a session is for those registered for it");
                }
                if (session.status == SessionStatus.CANCELLED) {
                    throw ProblemException.conflict("\"" + session.title + "\" was cancelled");
                }
                if (session.startsAt.isAfter(now)) {
                    throw ProblemException.conflict("\"" + session.title + "\" has not started yet")
                            .with("startsAt", session.startsAt);
                }
                return null;
            });
        });
    }

    private Uni<Void> summitStarted(AttendeeEligibility me, OffsetDateTime now) {
        return days.findById(me.summitId).map(d -> {
            if (d == null || d.startsAt == null) {
                throw ProblemException.conflict("The summit's days are not announced yet");
            }
            if (d.startsAt.isAfter(now)) {
                throw ProblemException.conflict("The summit has not started yet")
                        .with("startsAt", d.startsAt);
            }
            return null;
        });
    }

    private Uni<Outcome> save(AttendeeEligibility me, Feedback existing, FeedbackRequest request, OffsetDateTime now) {
        Feedback f = existing == null ? new Feedback() : existing;
        if (existing == null) {
            f.id = UUID.randomUUID();
            f.summitId = me.summitId;
            f.attendeeId = me.attendeeId;
            f.sessionId = request.sessionId();
            f.givenAt = now;
        }
        f.rating = request.rating();
        f.comment = request.comment() == null || request.comment().isBlank()
                ? null
                : request.comment().trim();
        f.updatedAt = now;
        return (existing == null ? feedback.persist(f) : Uni.createFrom().item(f))
                .call(() -> outbox.record(new FeedbackGiven(
                        f.id, f.summitId, f.attendeeId, f.sessionId, f.rating, existing != null, now)))
                .map(saved -> new Outcome(existing == null, view(f)));
    }

    /** One of my feedbacks (404 for anyone else's: nobody reads another's). */
    @WithSession
    public Uni<FeedbackView> mine(UUID attendeeId, UUID id) {
        return feedback.findById(id).map(f -> {
            if (f == null || !f.attendeeId.equals(attendeeId)) {
                throw ProblemException.notFound("Feedback", id);
            }
            return view(f);
        });
    }

    /** An edition's feedback (the current one by default): the summit, each session rated, each theme. */
    @WithSession
    public Uni<FeedbackSummary> summary(Integer summit) {
        return editions.resolve(summit)
                .chain(edition -> feedback.ofEdition(edition)
                        .chain(all -> sessions.list("summitId", edition).map(list -> summarise(edition, all, list))));
    }

    static FeedbackSummary summarise(int edition, List<Feedback> all, List<AgendaSession> list) {
        Map<UUID, AgendaSession> byId = new LinkedHashMap<>();
        list.forEach(s -> byId.put(s.id, s));
        List<Feedback> overall = new ArrayList<>();
        Map<UUID, List<Feedback>> perSession = new LinkedHashMap<>();
        Map<Topic, List<Feedback>> perTheme = new EnumMap<>(Topic.class);
        for (Feedback f : all) {
            if (f.sessionId == null) {
                overall.add(f);
                continue;
            }
            perSession.computeIfAbsent(f.sessionId, id -> new ArrayList<>()).add(f);
            AgendaSession s = byId.get(f.sessionId);
            if (s != null && s.topics != null) {
                s.topics.forEach(
                        t -> perTheme.computeIfAbsent(t, x -> new ArrayList<>()).add(f));
            }
        }
        List<FeedbackSummary.SessionRatings> sessionRatings = perSession.entrySet().stream()
                .map(e -> {
                    AgendaSession s = byId.get(e.getKey());
                    return new FeedbackSummary.SessionRatings(
                            e.getKey(),
                            s == null ? null : s.title,
                            s == null || s.topics == null ? List.of() : s.topics,
                            ratings(e.getValue()));
                })
                .sorted(Comparator.comparingDouble((FeedbackSummary.SessionRatings r) ->
                                r.ratings().average())
                        .reversed()
                        .thenComparing(r -> String.valueOf(r.title())))
                .toList();
        List<FeedbackSummary.ThemeRatings> themes = perTheme.entrySet().stream()
                .map(e -> new FeedbackSummary.ThemeRatings(e.getKey(), ratings(e.getValue())))
                .toList();
        return new FeedbackSummary(edition, ratings(overall), sessionRatings, themes);
    }

    /** count, average (2 decimals), how many of each rating 1..5, the comments newest first */
    static FeedbackSummary.Ratings ratings(List<Feedback> given) {
        long[] counts = new long[5];
        long sum = 0;
        for (Feedback f : given) {
            counts[f.rating - 1]++;
            sum += f.rating;
        }
        double average = given.isEmpty() ? 0 : Math.round(100.0 * sum / given.size()) / 100.0;
        List<String> comments = given.stream()
                .filter(f -> f.comment != null)
                .sorted(Comparator.comparing((Feedback f) -> f.updatedAt).reversed())
                .map(f -> f.comment)
                .toList();
        return new FeedbackSummary.Ratings(
                given.size(), average, List.of(counts[0], counts[1], counts[2], counts[3], counts[4]), comments);
    }

    private static FeedbackView view(Feedback f) {
        return new FeedbackView(f.id, f.summitId, f.sessionId, f.rating, f.comment, f.givenAt, f.updatedAt);
    }
}
