package org.ospo.summit.attendee.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.ospo.summit.attendee.api.NextYearAnswer;
import org.ospo.summit.attendee.api.NextYearSummary;
import org.ospo.summit.attendee.model.NextYear;
import org.ospo.summit.attendee.model.Phrases;
import org.ospo.summit.attendee.repository.AttendeeRepository;
import org.ospo.summit.attendee.repository.NextYearRepository;
import org.ospo.summit.contracts.events.AttendeeNextYearAnswered;
import org.ospo.summit.contracts.events.VolunteerArea;
import org.ospo.summit.platform.edition.KnownEditions;
import org.ospo.summit.platform.outbox.Outbox;
import org.ospo.summit.platform.problem.ProblemException;
import org.ospo.summit.platform.time.SummitClock;

/**
 * "一起商议明年的组织工作": each attendee's answer about next year (coming back, helping, themes, peers to invite), one
 * per attendee, replaced whole by a later one and announced each time (attendee.next-year-answered, with the
 * nominees' emails for next year's nominations); the organizers' summary without names.
 */
@ApplicationScoped
public class NextYearService {
    private final AttendeeRepository attendees;
    private final NextYearRepository answers;
    private final KnownEditions editions;
    private final Outbox outbox;
    private final SummitClock clock;

    public NextYearService(
            AttendeeRepository attendees,
            NextYearRepository answers,
            KnownEditions editions,
            Outbox outbox,
            SummitClock clock) {
        this.attendees = attendees;
        this.answers = answers;
        this.editions = editions;
        this.outbox = outbox;
        this.clock = clock;
    }

    @WithSession
    public Uni<NextYearAnswer> mine(UUID me) {
        return attendees.findById(me).chain(a -> {
            AttendeeService.requireProfile(a);
            return answers.findById(me).map(NextYearService::answer);
        });
    }

    @WithTransaction
    public Uni<NextYearAnswer> answer(UUID me, NextYearAnswer answer) {
        return attendees.findById(me).chain(a -> {
            AttendeeService.requireProfile(a);
            if (!a.expected()) {
                throw ProblemException.conflict("A withdrawn attendee does not answer for next year");
            }
            return answers.findById(me).chain(existing -> {
                NextYear n = existing == null ? new NextYear() : existing;
                n.attendeeId = me;
                n.summitId = a.summitId;
                n.wouldReturn = answer.wouldReturn();
                n.volunteerFor = answer.volunteerFor() == null
                        ? List.of()
                        : answer.volunteerFor().stream().distinct().sorted().toList();
                n.suggestedTopics = distinct(answer.suggestedTopics(), Phrases::normalise);
                // emails as invitations keep them: trimmed, lower case
                n.nominees = answer.nominate() == null
                        ? List.of()
                        : answer.nominate().stream()
                                .map(email -> email.trim().toLowerCase(Locale.ROOT))
                                .distinct()
                                .toList();
                n.updatedAt = clock.now();
                return (existing == null ? answers.persist(n) : Uni.createFrom().item(n))
                        .call(() -> outbox.record(new AttendeeNextYearAnswered(
                                n.attendeeId,
                                n.summitId,
                                n.wouldReturn,
                                n.volunteerFor,
                                n.suggestedTopics,
                                n.nominees,
                                n.updatedAt)))
                        .map(NextYearService::answer);
            });
        });
    }

    /** An edition's answers (the current edition's by default), of attendees who did not withdraw; no names. */
    @WithSession
    public Uni<NextYearSummary> summary(Integer summit) {
        return editions.resolve(summit)
                .chain(edition -> answers.ofEdition(edition).map(all -> summarise(edition, all)));
    }

    static NextYearSummary summarise(int edition, List<NextYear> all) {
        Map<VolunteerArea, Long> volunteers = new EnumMap<>(VolunteerArea.class);
        for (VolunteerArea area : VolunteerArea.values()) {
            volunteers.put(area, 0L);
        }
        Map<String, String> wording = new LinkedHashMap<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        long wouldReturn = 0;
        long nominations = 0;
        for (NextYear n : all) {
            wouldReturn += n.wouldReturn ? 1 : 0;
            nominations += n.nominees.size();
            n.volunteerFor.forEach(area -> volunteers.merge(area, 1L, Long::sum));
            for (String topic : n.suggestedTopics) {
                String key = Phrases.normalise(topic);
                wording.putIfAbsent(key, topic);
                counts.merge(key, 1L, Long::sum);
            }
        }
        List<NextYearSummary.SuggestedTopic> topics = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new NextYearSummary.SuggestedTopic(wording.get(e.getKey()), e.getValue()))
                .toList();
        return new NextYearSummary(
                edition, all.size(), wouldReturn, all.size() - wouldReturn, volunteers, topics, nominations);
    }

    /** An erased attendee's answer goes entirely (it holds their words and their peers' emails). */
    public Uni<Void> forget(UUID attendeeId) {
        return answers.deleteById(attendeeId).replaceWithVoid();
    }

    /** An edition whose retention passed keeps the figures (coming back, volunteers), not anyone's words or peers. */
    public Uni<Void> anonymiseEdition(int summitId) {
        return answers.list("summitId", summitId)
                .invoke(all -> all.forEach(n -> {
                    n.suggestedTopics = List.of();
                    n.nominees = List.of();
                }))
                .replaceWithVoid();
    }

    /** each text once (by {@code key}), in the order given, trimmed */
    private static List<String> distinct(List<String> texts, Function<String, String> key) {
        if (texts == null) {
            return List.of();
        }
        Set<String> seen = new HashSet<>();
        return texts.stream()
                .map(String::trim)
                .filter(t -> seen.add(key.apply(t)))
                .toList();
    }

    private static NextYearAnswer answer(NextYear n) {
        return n == null
                ? new NextYearAnswer(null, List.of(), List.of(), List.of())
                : new NextYearAnswer(n.wouldReturn, n.volunteerFor, n.suggestedTopics, n.nominees);
    }
}
