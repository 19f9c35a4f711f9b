package org.ospo.summit.attendee.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ospo.summit.attendee.api.IntroductionRequest;
import org.ospo.summit.attendee.api.IntroductionStats;
import org.ospo.summit.attendee.api.IntroductionView;
import org.ospo.summit.attendee.api.NetworkingCard;
import org.ospo.summit.attendee.api.PeerSuggestion;
import org.ospo.summit.attendee.model.Attendee;
import org.ospo.summit.attendee.model.AttendeeStatus;
import org.ospo.summit.attendee.model.Introduction;
import org.ospo.summit.attendee.model.IntroductionStatus;
import org.ospo.summit.attendee.model.Networking;
import org.ospo.summit.attendee.model.PeerMatch;
import org.ospo.summit.attendee.repository.AttendeeRepository;
import org.ospo.summit.attendee.repository.IntroductionRepository;
import org.ospo.summit.attendee.repository.NetworkingRepository;
import org.ospo.summit.contracts.events.IntroductionAnswer;
import org.ospo.summit.contracts.events.IntroductionAnswered;
import org.ospo.summit.contracts.events.IntroductionRequested;
import org.ospo.summit.contracts.events.Topic;
import org.ospo.summit.contracts.problem.ProblemType;
import org.ospo.summit.platform.config.PlatformSettings;
import org.ospo.summit.platform.db.DbErrors;
import org.ospo.summit.platform.edition.KnownEditions;
import org.ospo.summit.platform.outbox.Outbox;
import org.ospo.summit.platform.problem.ProblemException;
import org.ospo.summit.platform.time.SummitClock;

/**
 * Peer introductions among the attendees of one edition who opted in to networking. Who is suggested and why is
 * {@link PeerMatch}; nobody who did not opt in is ever shown, and nobody sees an email before the recipient accepted.
 * One introduction per pair of attendees, whoever asked first; at most {@value #DAILY_LIMIT} asked per attendee per
 * day in the summit's zone (the asker's row is locked while counting, so two at once cannot both be the eleventh).
 * An attendee who withdraws or is erased is removed from all of it ({@link #forget}).
 */
@ApplicationScoped
public class Introductions {
    public static final int DAILY_LIMIT = 10;
    static final int SUGGESTIONS = 10;

    private final AttendeeRepository attendees;
    private final NetworkingRepository cards;
    private final IntroductionRepository introductions;
    private final KnownEditions editions;
    private final Outbox outbox;
    private final SummitClock clock;
    private final ZoneId zone;

    public Introductions(
            AttendeeRepository attendees,
            NetworkingRepository cards,
            IntroductionRepository introductions,
            KnownEditions editions,
            Outbox outbox,
            SummitClock clock,
            PlatformSettings settings) {
        this.attendees = attendees;
        this.cards = cards;
        this.introductions = introductions;
        this.editions = editions;
        this.outbox = outbox;
        this.clock = clock;
        this.zone = settings.zone();
    }

    @WithSession
    public Uni<NetworkingCard> card(UUID me) {
        return attendees.findById(me).chain(a -> {
            AttendeeService.requireProfile(a);
            return cards.findById(me).map(Introductions::card);
        });
    }

    @WithTransaction
    public Uni<NetworkingCard> updateCard(UUID me, NetworkingCard card) {
        return attendees.findById(me).chain(a -> {
            AttendeeService.requireProfile(a);
            if (a.status != AttendeeStatus.ACTIVE) {
                throw ProblemException.conflict("A withdrawn attendee cannot network");
            }
            return cards.findById(me).chain(existing -> {
                Networking n = existing == null ? new Networking() : existing;
                n.attendeeId = me;
                n.optIn = card.optIn();
                n.headline = blankToNull(card.headline());
                n.offers = trimmed(card.offers());
                n.seeks = trimmed(card.seeks());
                n.updatedAt = clock.now();
                return (existing == null ? cards.persist(n) : Uni.createFrom().item(n)).map(Introductions::card);
            });
        });
    }

    /** Up to 10 opted-in peers of my edition I have no introduction with yet, best match first; matches only. */
    @WithSession
    public Uni<PeerSuggestion.List10> suggestions(UUID me) {
        return optedIn(me)
                .chain(mine -> cards.optedIn(mine.attendee.summitId)
                        .chain(others -> introductions.peersOf(me).chain(known -> {
                            Set<UUID> excluded = new HashSet<>(known);
                            excluded.add(me);
                            List<Networking> candidates = others.stream()
                                    .filter(c -> !excluded.contains(c.attendeeId))
                                    .toList();
                            if (candidates.isEmpty()) {
                                return Uni.createFrom().item(new PeerSuggestion.List10(List.of()));
                            }
                            return attendees
                                    .list(
                                            "id in ?1",
                                            candidates.stream()
                                                    .map(c -> c.attendeeId)
                                                    .toList())
                                    .map(people -> rank(mine, candidates, people));
                        })));
    }

    private static PeerSuggestion.List10 rank(Me mine, List<Networking> candidates, List<Attendee> people) {
        Map<UUID, Attendee> byId = people.stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
        PeerMatch.Side me = side(mine.attendee, mine.card);
        List<PeerSuggestion> ranked = candidates.stream()
                .filter(c -> byId.containsKey(c.attendeeId))
                .map(c -> suggestion(byId.get(c.attendeeId), c, PeerMatch.of(me, side(byId.get(c.attendeeId), c))))
                .filter(s -> s.score() > 0)
                .sorted(Comparator.comparingInt(PeerSuggestion::score)
                        .reversed()
                        .thenComparing(PeerSuggestion::fullName)
                        .thenComparing(PeerSuggestion::attendeeId))
                .limit(SUGGESTIONS)
                .toList();
        return new PeerSuggestion.List10(ranked);
    }

    @WithTransaction
    public Uni<IntroductionView> request(UUID me, IntroductionRequest request) {
        if (me.equals(request.toAttendeeId())) {
            throw ProblemException.invalid("toAttendeeId", "is you");
        }
        return attendees
                .findById(me, LockModeType.PESSIMISTIC_WRITE)
                .chain(locked -> optedIn(me))
                .chain(mine -> recipient(mine, request.toAttendeeId())
                        .chain(them -> introductions
                                .between(me, them.attendee.id)
                                .chain(existing -> {
                                    if (existing != null) {
                                        throw ProblemException.conflict("You and " + them.attendee.fullName
                                                        + " already have an introduction ("
                                                        + existing.status + ")")
                                                .with("introductionId", existing.id);
                                    }
                                    return withinLimit(me);
                                })
                                .chain(() -> ask(mine, them, request.message()))))
                .onFailure(DbErrors::isUniqueViolation)
                .transform(e -> ProblemException.conflict("You already have an introduction with this attendee"));
    }

    private Uni<IntroductionView> ask(Me mine, Me them, String message) {
        Introduction i = new Introduction();
        i.id = UUID.randomUUID();
        i.summitId = mine.attendee.summitId;
        i.fromAttendee = mine.attendee.id;
        i.toAttendee = them.attendee.id;
        i.message = blankToNull(message);
        i.topics = PeerMatch.of(side(mine.attendee, mine.card), side(them.attendee, them.card))
                .sharedTopics();
        i.status = IntroductionStatus.PENDING;
        i.requestedAt = clock.now();
        return introductions
                .persist(i)
                .call(introductions::flush)
                .call(() -> outbox.record(new IntroductionRequested(
                        i.id, i.summitId, i.fromAttendee, i.toAttendee, i.topics, i.requestedAt)))
                .map(saved -> view(i, mine, them));
    }

    private Uni<Void> withinLimit(UUID me) {
        OffsetDateTime now = clock.now();
        OffsetDateTime today =
                now.atZoneSameInstant(zone).toLocalDate().atStartOfDay(zone).toOffsetDateTime();
        return introductions
                .countSentSince(me, today)
                .map(sent -> {
                    if (sent >= DAILY_LIMIT) {
                        throw new ProblemException(
                                        429,
                                        ProblemType.INTRODUCTION_LIMIT,
                                        "You asked for " + DAILY_LIMIT + " introductions today, the most in one day")
                                .with("limit", DAILY_LIMIT)
                                .retryAfter(Duration.between(now, today.plusDays(1)));
                    }
                    return null;
                })
                .replaceWithVoid();
    }

    /** The introductions asked of me (inbox) or by me (sent), newest first. */
    @WithSession
    public Uni<IntroductionView.Box> box(UUID me, boolean inbox) {
        return (inbox ? introductions.inbox(me) : introductions.sent(me)).chain(list -> {
            Set<UUID> ids = new HashSet<>();
            list.forEach(i -> {
                ids.add(i.fromAttendee);
                ids.add(i.toAttendee);
            });
            return parties(ids)
                    .map(parties -> new IntroductionView.Box(
                            inbox ? "inbox" : "sent",
                            list.stream()
                                    .map(i -> view(i, parties.get(i.fromAttendee), parties.get(i.toAttendee)))
                                    .toList()));
        });
    }

    /** One introduction, for its two attendees only. */
    @WithSession
    public Uni<IntroductionView> one(UUID me, UUID id) {
        return involved(me, id, introductions.findById(id)).chain(this::view);
    }

    /**
     * The recipient's answer: the first one counts (and is announced); the same answer again changes nothing; the
     * other answer afterwards is a 409. The asker and anyone else get 403.
     */
    @WithTransaction
    public Uni<IntroductionView> answer(UUID me, UUID id, IntroductionAnswer answer) {
        return involved(me, id, introductions.findById(id, LockModeType.PESSIMISTIC_WRITE))
                .chain(i -> {
                    if (!i.toAttendee.equals(me)) {
                        throw ProblemException.forbidden("Only the attendee asked answers an introduction");
                    }
                    IntroductionStatus wanted = IntroductionStatus.of(answer);
                    if (i.status == wanted) {
                        return Uni.createFrom().item(i);
                    }
                    if (i.status != IntroductionStatus.PENDING) {
                        throw ProblemException.conflict("This introduction was already " + i.status);
                    }
                    i.status = wanted;
                    i.answeredAt = clock.now();
                    return outbox.record(new IntroductionAnswered(
                                    i.id, i.summitId, i.fromAttendee, i.toAttendee, answer, i.answeredAt))
                            .replaceWith(i);
                })
                .chain(this::view);
    }

    /** An edition's introductions in figures (the current edition by default). */
    @WithSession
    public Uni<IntroductionStats> stats(Integer summit) {
        return editions.resolve(summit)
                .chain(edition -> cards.countOptedIn(edition)
                        .chain(optedIn -> introductions.ofEdition(edition).map(all -> {
                            Map<IntroductionStatus, Long> byStatus = new EnumMap<>(IntroductionStatus.class);
                            Map<Topic, Long> topics = new EnumMap<>(Topic.class);
                            for (Introduction i : all) {
                                byStatus.merge(i.status, 1L, Long::sum);
                                i.topics.forEach(t -> topics.merge(t, 1L, Long::sum));
                            }
                            long accepted = byStatus.getOrDefault(IntroductionStatus.ACCEPTED, 0L);
                            long declined = byStatus.getOrDefault(IntroductionStatus.DECLINED, 0L);
                            long answered = accepted + declined;
                            return new IntroductionStats(
                                    edition,
                                    optedIn,
                                    all.size(),
                                    accepted,
                                    declined,
                                    byStatus.getOrDefault(IntroductionStatus.PENDING, 0L),
                                    answered == 0 ? 0 : Math.round(1000.0 * accepted / answered) / 1000.0,
                                    topics.entrySet().stream()
                                            .sorted(Map.Entry.<Topic, Long>comparingByValue()
                                                    .reversed()
                                                    .thenComparing(Map.Entry.comparingByKey()))
                                            .map(e -> new IntroductionStats.TopicCount(e.getKey(), e.getValue()))
                                            .toList());
                        })));
    }

    /** An attendee who withdrew or was erased disappears from networking: their card and every introduction. */
    public Uni<Void> forget(UUID attendeeId) {
        return introductions
                .deleteInvolving(attendeeId)
                .chain(() -> cards.delete("attendeeId", attendeeId))
                .replaceWithVoid();
    }

    /** An edition whose retention passed keeps no networking: cards and introductions go. */
    public Uni<Void> forgetEdition(int summitId) {
        return introductions
                .deleteOfEdition(summitId)
                .chain(() -> cards.deleteOfEdition(summitId))
                .replaceWithVoid();
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    /** an attendee with their card */
    private record Me(Attendee attendee, Networking card) {}

    /** me, active and opted in (409 networking-off otherwise) */
    private Uni<Me> optedIn(UUID me) {
        return attendees.findById(me).chain(a -> {
            AttendeeService.requireProfile(a);
            return cards.findById(me).map(card -> {
                if (!a.expected() || card == null || !card.optIn) {
                    throw new ProblemException(
                            409,
                            ProblemType.NETWORKING_OFF,
                            a.expected()
                                    ? "Opt in first: PUT /api/attendees/me/networking"
                                    : "A withdrawn attendee cannot network");
                }
                return new Me(a, card);
            });
        });
    }

    /** an opted-in, expected attendee of my edition; 404 for anyone else (who did not opt in is never revealed) */
    private Uni<Me> recipient(Me mine, UUID id) {
        return attendees
                .findById(id)
                .chain(a -> cards.findById(id).map(card -> {
                    if (a == null
                            || !a.expected()
                            || a.summitId != mine.attendee.summitId
                            || card == null
                            || !card.optIn) {
                        throw ProblemException.notFound("Attendee open to introductions", id);
                    }
                    return new Me(a, card);
                }));
    }

    private static Uni<Introduction> involved(UUID me, UUID id, Uni<Introduction> found) {
        return found.map(i -> {
            if (i == null) {
                throw ProblemException.notFound("Introduction", id);
            }
            if (!i.involves(me)) {
                throw ProblemException.forbidden("Only its two attendees see an introduction");
            }
            return i;
        });
    }

    private Uni<IntroductionView> view(Introduction i) {
        return parties(Set.of(i.fromAttendee, i.toAttendee))
                .map(p -> view(i, p.get(i.fromAttendee), p.get(i.toAttendee)));
    }

    private Uni<Map<UUID, Me>> parties(Set<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        List<UUID> list = List.copyOf(ids);
        return attendees
                .list("id in ?1", list)
                .chain(people -> cards.list("attendeeId in ?1", list).map(found -> {
                    Map<UUID, Networking> byId =
                            found.stream().collect(Collectors.toMap(c -> c.attendeeId, Function.identity()));
                    return people.stream().collect(Collectors.toMap(a -> a.id, a -> new Me(a, byId.get(a.id))));
                }));
    }

    private static IntroductionView view(Introduction i, Me from, Me to) {
        boolean accepted = i.status == IntroductionStatus.ACCEPTED;
        return new IntroductionView(
                i.id,
                i.status,
                party(from, accepted),
                party(to, accepted),
                i.message,
                i.topics,
                i.requestedAt,
                i.answeredAt);
    }

    private static IntroductionView.Party party(Me who, boolean accepted) {
        Attendee a = who.attendee;
        return new IntroductionView.Party(
                a.id, a.fullName, a.company, who.card == null ? null : who.card.headline, accepted ? a.email : null);
    }

    private static PeerSuggestion suggestion(Attendee a, Networking card, PeerMatch match) {
        return new PeerSuggestion(
                a.id,
                a.fullName,
                a.company,
                a.jobTitle,
                card.headline,
                card.offers,
                card.seeks,
                match.sharedTopics(),
                match.reasons(),
                match.score());
    }

    private static PeerMatch.Side side(Attendee a, Networking card) {
        List<String> problems =
                a.preparation == null || a.preparation.problems() == null ? List.of() : a.preparation.problems();
        return new PeerMatch.Side(problems, a.topics, card.offers, card.seeks);
    }

    private static NetworkingCard card(Networking n) {
        return n == null ? NetworkingCard.OFF : new NetworkingCard(n.optIn, n.headline, n.offers, n.seeks);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static List<String> trimmed(List<String> texts) {
        return texts == null
                ? List.of()
                : texts.stream().map(String::trim).distinct().toList();
    }
}
