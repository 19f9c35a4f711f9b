package org.ospo.summit.attendee.model;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ospo.summit.contracts.events.Topic;

/**
 * Why two attendees should meet, as the letter puts it ("同行的相识与共鸣": peers who share your problems): a peer
 * scores {@value #PROBLEM} for every problem both collected, {@value #SOUGHT} for everything the attendee seeks that
 * the peer offers (what one wants to learn from peers against the other's lessons learned), {@value #WANTED} for
 * everything the peer seeks that the attendee offers, and {@value #TOPIC} for every theme both want to discuss.
 * Problems match when equal after {@link Phrases#normalise}, offers and wishes when one contains the other
 * ({@link Phrases#answers}). Each point comes with its reason in plain words, in that order; no match, no score.
 */
public record PeerMatch(int score, List<Topic> sharedTopics, List<String> reasons) {
    static final int PROBLEM = 3;
    static final int SOUGHT = 3;
    static final int WANTED = 2;
    static final int TOPIC = 2;

    /** what one side brings: the problems they collected, their themes, what they offer and what they seek */
    public record Side(List<String> problems, List<Topic> topics, List<String> offers, List<String> seeks) {
        public Side {
            problems = problems == null ? List.of() : List.copyOf(problems);
            topics = topics == null ? List.of() : List.copyOf(topics);
            offers = offers == null ? List.of() : List.copyOf(offers);
            seeks = seeks == null ? List.of() : List.copyOf(seeks);
        }
    }

    public static PeerMatch of(Side me, Side peer) {
        int score = 0;
        List<String> reasons = new ArrayList<>();
        Set<String> peerProblems = new LinkedHashSet<>();
        peer.problems().forEach(p -> peerProblems.add(Phrases.normalise(p)));
        Set<String> seen = new LinkedHashSet<>();
        for (String problem : me.problems()) {
            String key = Phrases.normalise(problem);
            if (peerProblems.contains(key) && seen.add(key)) {
                score += PROBLEM;
                reasons.add("You both collected the problem “" + problem.trim() + "”");
            }
        }
        for (String sought : me.seeks()) {
            for (String offered : peer.offers()) {
                if (Phrases.answers(offered, sought)) {
                    score += SOUGHT;
                    reasons.add("They offer “" + offered.trim() + "”, which answers what you seek: “" + sought.trim()
                            + "”");
                    break;
                }
            }
        }
        for (String wanted : peer.seeks()) {
            for (String offered : me.offers()) {
                if (Phrases.answers(offered, wanted)) {
                    score += WANTED;
                    reasons.add("They seek “" + wanted.trim() + "”, which you offer: “" + offered.trim() + "”");
                    break;
                }
            }
        }
        Set<Topic> shared = me.topics().isEmpty() ? EnumSet.noneOf(Topic.class) : EnumSet.copyOf(me.topics());
        shared.retainAll(peer.topics());
        if (!shared.isEmpty()) {
            score += TOPIC * shared.size();
            reasons.add("You both want to discuss "
                    + String.join(", ", shared.stream().map(Topic::name).toList()));
        }
        return new PeerMatch(score, List.copyOf(shared), List.copyOf(reasons));
    }
}
