package org.ospo.summit.invitation.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ospo.summit.contracts.events.EditionStatus;
import org.ospo.summit.invitation.model.Summit;

/** The rule of {@link NextEdition}, one row per case: from edition 1 (20 March 2027), which edition is next. */
class NextEditionTest {
    private static final Summit THIS_YEAR = edition(1, "2027-03-20", EditionStatus.CLOSED);

    static Summit edition(int id, String day, EditionStatus status) {
        Summit s = new Summit();
        s.id = id;
        s.startsAt = OffsetDateTime.parse(day + "T09:00:00+08:00");
        s.endsAt = OffsetDateTime.parse(day + "T18:00:00+08:00");
        s.status = status;
        return s;
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("none yet", List.of(), null),
                Arguments.of("next year, planned", List.of(edition(2, "2028-03-18", EditionStatus.PLANNING)), 2),
                Arguments.of("next year, open", List.of(edition(2, "2028-03-18", EditionStatus.OPEN)), 2),
                Arguments.of(
                        "the earlier of two later editions",
                        List.of(
                                edition(3, "2029-03-17", EditionStatus.PLANNING),
                                edition(2, "2028-03-18", EditionStatus.PLANNING)),
                        2),
                Arguments.of(
                        "two on one day: the one created first",
                        List.of(
                                edition(5, "2028-03-18", EditionStatus.PLANNING),
                                edition(4, "2028-03-18", EditionStatus.PLANNING)),
                        4),
                Arguments.of(
                        "an earlier edition is never next",
                        List.of(edition(2, "2026-03-21", EditionStatus.PLANNING)),
                        null),
                Arguments.of(
                        "one that starts before this one ends is not next",
                        List.of(edition(2, "2027-03-20", EditionStatus.PLANNING)),
                        null),
                Arguments.of(
                        "a closed or archived one takes no nominations",
                        List.of(
                                edition(2, "2028-03-18", EditionStatus.CLOSED),
                                edition(3, "2029-03-17", EditionStatus.ARCHIVED),
                                edition(4, "2030-03-16", EditionStatus.PLANNING)),
                        4),
                Arguments.of("the edition itself is not its own next", List.of(THIS_YEAR), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theNextEdition(String name, List<Summit> others, Integer expected) {
        List<Summit> all = Stream.concat(Stream.of(THIS_YEAR), others.stream()).toList();
        assertEquals(
                Optional.ofNullable(expected), NextEdition.after(THIS_YEAR, all).map(s -> s.id));
    }
}
