package org.ospo.summit.attendee;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ospo.summit.attendee.api.Preparation;
import org.ospo.summit.attendee.api.Preparation.Sponsorship;
import org.ospo.summit.attendee.model.PreparationScore;
import org.ospo.summit.attendee.model.SponsorshipKind;
import org.ospo.summit.contracts.events.Readiness;
import org.ospo.summit.contracts.events.Topic;

/** The completeness / readiness rule, case by case (documented on PreparationScore and in docs/). */
class PreparationScoreTest {
    private static final Sponsorship OFFERED = new Sponsorship(true, SponsorshipKind.VENUE, "a room");
    private static final Sponsorship DECLINED = new Sponsorship(false, null, null);
    private static final List<String> PROBLEMS = List.of("budget");
    private static final List<Topic> TOPICS = List.of(Topic.LEGAL);

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("nothing", null, 0, Readiness.NOT_STARTED),
                Arguments.of(
                        "all empty",
                        new Preparation(null, " ", null, null, List.of(), false, null, List.of(), false),
                        0,
                        Readiness.NOT_STARTED),
                Arguments.of(
                        "only a review",
                        new Preparation("r", null, null, null, null, null, null, null, null),
                        13,
                        Readiness.IN_PROGRESS),
                Arguments.of(
                        "required six",
                        new Preparation("r", "l", "e", null, PROBLEMS, true, null, TOPICS, null),
                        75,
                        Readiness.READY),
                Arguments.of(
                        "all eight",
                        new Preparation("r", "l", "e", "w", PROBLEMS, true, OFFERED, TOPICS, true),
                        100,
                        Readiness.READY),
                Arguments.of(
                        "sponsorship declined counts as answered",
                        new Preparation("r", "l", "e", "w", PROBLEMS, true, DECLINED, TOPICS, false),
                        100,
                        Readiness.READY),
                Arguments.of(
                        "manager not informed is not ready",
                        new Preparation("r", "l", "e", "w", PROBLEMS, false, OFFERED, TOPICS, true),
                        88,
                        Readiness.IN_PROGRESS),
                Arguments.of(
                        "no topic is not ready",
                        new Preparation("r", "l", "e", "w", PROBLEMS, true, OFFERED, List.of(), true),
                        88,
                        Readiness.IN_PROGRESS),
                Arguments.of(
                        "no problem collected is not ready",
                        new Preparation("r", "l", "e", "w", List.of(), true, OFFERED, TOPICS, true),
                        88,
                        Readiness.IN_PROGRESS),
                Arguments.of(
                        "organizing team alone does not count",
                        new Preparation(null, null, null, null, null, null, null, null, true),
                        0,
                        Readiness.NOT_STARTED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void scores(String name, Preparation preparation, int completeness, Readiness readiness) {
        PreparationScore score = PreparationScore.of(preparation);
        assertEquals(completeness, score.completeness(), name);
        assertEquals(readiness, score.readiness(), name);
    }
}
