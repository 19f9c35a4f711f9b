package org.ospo.summit.contracts.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ospo.summit.contracts.events.EditionStatus.ARCHIVED;
import static org.ospo.summit.contracts.events.EditionStatus.CLOSED;
import static org.ospo.summit.contracts.events.EditionStatus.OPEN;
import static org.ospo.summit.contracts.events.EditionStatus.PLANNING;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** An edition's life, every status against every status: the moves the contract allows and no other. */
class EditionStatusTest {
    private static final Map<EditionStatus, Set<EditionStatus>> LEGAL = Map.of(
            PLANNING, EnumSet.of(PLANNING, OPEN, CLOSED),
            OPEN, EnumSet.of(OPEN, CLOSED),
            CLOSED, EnumSet.of(CLOSED, OPEN, ARCHIVED),
            ARCHIVED, EnumSet.of(ARCHIVED));
    private static final Set<EditionStatus> READ_ONLY = EnumSet.of(CLOSED, ARCHIVED);

    @ParameterizedTest
    @EnumSource(EditionStatus.class)
    void eachStatusMovesToExactlyItsSuccessors(EditionStatus from) {
        for (EditionStatus to : EditionStatus.values()) {
            assertEquals(LEGAL.get(from).contains(to), from.canMoveTo(to), from + " → " + to);
        }
    }

    @ParameterizedTest
    @EnumSource(EditionStatus.class)
    void pastEditionsAreReadOnlyAndOnlyAnOpenOneSendsInvitations(EditionStatus status) {
        assertEquals(READ_ONLY.contains(status), status.isReadOnly(), status + " read-only");
        assertEquals(status == OPEN, status.sendsInvitations(), status + " sends invitations");
    }
}
