package org.ospo.summit.attendee;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ospo.summit.attendee.model.PeerMatch;
import org.ospo.summit.attendee.model.PeerMatch.Side;
import org.ospo.summit.attendee.model.Phrases;
import org.ospo.summit.contracts.events.Topic;

/** Why two attendees should meet, case by case (the rule is documented on PeerMatch). */
class PeerMatchTest {
    private static final Side NOTHING = new Side(null, null, null, null);

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("nothing in common", NOTHING, NOTHING, 0, List.of()),
                Arguments.of(
                        "a problem both collected, written differently",
                        new Side(List.of("Budget for upstream work."), null, null, null),
                        new Side(List.of("  budget FOR upstream   work"), null, null, null),
                        3,
                        List.of("You both collected the problem “Budget for upstream work.”")),
                Arguments.of(
                        "the same problem twice counts once",
                        new Side(List.of("Budget", "budget!"), null, null, null),
                        new Side(List.of("BUDGET"), null, null, null),
                        3,
                        List.of("You both collected the problem “Budget”")),
                Arguments.of(
                        "what I seek, they offer (one contains the other)",
                        new Side(null, null, null, List.of("Measuring OSPO value")),
                        new Side(null, null, List.of("Measuring OSPO value with a scorecard"), null),
                        3,
                        List.of("They offer “Measuring OSPO value with a scorecard”, which answers what you seek: "
                                + "“Measuring OSPO value”")),
                Arguments.of(
                        "what they seek, I offer",
                        new Side(null, null, List.of("许可证合规审查"), null),
                        new Side(null, null, null, List.of("合规审查")),
                        2,
                        List.of("They seek “合规审查”, which you offer: “许可证合规审查”")),
                Arguments.of(
                        "shared themes, two points each",
                        new Side(null, List.of(Topic.LEGAL, Topic.HR, Topic.BUSINESS), null, null),
                        new Side(null, List.of(Topic.HR, Topic.LEGAL), null, null),
                        4,
                        List.of("You both want to discuss HR, LEGAL")),
                Arguments.of(
                        "everything, in order: problems, sought, wanted, themes",
                        new Side(
                                List.of("Budget"),
                                List.of(Topic.LEGAL),
                                List.of("Licence review at scale"),
                                List.of("OSPO metrics")),
                        new Side(
                                List.of("budget"),
                                List.of(Topic.LEGAL, Topic.ECONOMICS),
                                List.of("OSPO metrics that managers read"),
                                List.of("Licence review")),
                        3 + 3 + 2 + 2,
                        List.of(
                                "You both collected the problem “Budget”",
                                "They offer “OSPO metrics that managers read”, which answers what you seek: "
                                        + "“OSPO metrics”",
                                "They seek “Licence review”, which you offer: “Licence review at scale”",
                                "You both want to discuss LEGAL")),
                Arguments.of(
                        "an offer answers a wish once, however many offers match",
                        new Side(null, null, null, List.of("metrics")),
                        new Side(null, null, List.of("metrics", "OSPO metrics"), null),
                        3,
                        List.of("They offer “metrics”, which answers what you seek: “metrics”")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void scoresAndReasons(String name, Side me, Side peer, int score, List<String> reasons) {
        PeerMatch match = PeerMatch.of(me, peer);
        assertEquals(score, match.score(), name);
        assertEquals(reasons, match.reasons(), name);
    }

    @Test
    void shortTextsMatchOnlyWhenEqual() {
        assertEquals(false, Phrases.answers("AI governance", "AI"));
        assertEquals(true, Phrases.answers("AI", "ai"));
        assertEquals(false, Phrases.answers("", "anything"));
    }
}
