package org.ospo.summit.agenda.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ospo.summit.agenda.api.Change;
import org.ospo.summit.agenda.api.PublishedSession;
import org.ospo.summit.agenda.model.ChangeType;
import org.ospo.summit.agenda.model.SessionKind;
import org.ospo.summit.contracts.events.Topic;

/**
 * The next version's sequences and cancelled sessions, version after version: a pure rule, no Quarkus. Calendar
 * clients replace an event only when its SEQUENCE grows, so it must grow exactly when the session changed.
 */
class NextVersionTest {
    private static final PublishedSession.Room HALL = new PublishedSession.Room(UUID.randomUUID(), "Hall A");
    private static final OffsetDateTime TEN = OffsetDateTime.parse("2027-03-20T10:00:00+08:00");
    private static final PublishedSession LICENCES = session("Licences in products", TEN);
    private static final PublishedSession BUDGETS = session("How our OSPO earned a budget", TEN.plusHours(2));

    @Test
    void theFirstVersionStartsEverySessionAtZero() {
        NextVersion first = NextVersion.of(List.of(), List.of(), List.of(LICENCES, BUDGETS));

        assertEquals(List.of(0, 0), sequences(first.sessions()));
        assertEquals(List.of(ChangeType.ADDED, ChangeType.ADDED), types(first.changes()));
        assertEquals(List.of(), first.cancelled());
    }

    @Test
    void onlyAChangedSessionsSequenceGrows() {
        NextVersion first = NextVersion.of(List.of(), List.of(), List.of(LICENCES, BUDGETS));
        PublishedSession retitled = retitle(LICENCES, "Licences, revisited");

        NextVersion second = NextVersion.of(first.sessions(), first.cancelled(), List.of(retitled, BUDGETS));

        assertEquals(List.of(1, 0), sequences(second.sessions()));
        assertEquals(List.of(ChangeType.RETITLED), types(second.changes()));
    }

    @Test
    void aSessionChangedTwiceInOneVersionGrowsByOne() {
        NextVersion first = NextVersion.of(List.of(), List.of(), List.of(LICENCES));
        PublishedSession movedAndRetitled = edit(LICENCES, "Elsewhere", TEN.plusHours(4));

        NextVersion second = NextVersion.of(first.sessions(), first.cancelled(), List.of(movedAndRetitled));

        assertEquals(List.of(ChangeType.MOVED, ChangeType.RETITLED), types(second.changes()));
        assertEquals(List.of(1), sequences(second.sessions()));
    }

    @Test
    void anUnchangedDraftHasNoChanges() {
        NextVersion first = NextVersion.of(List.of(), List.of(), List.of(LICENCES, BUDGETS));

        NextVersion again = NextVersion.of(first.sessions(), first.cancelled(), List.of(LICENCES, BUDGETS));

        assertEquals(List.of(), again.changes());
        assertEquals(sequences(first.sessions()), sequences(again.sessions()));
    }

    @Test
    void aCancelledSessionStaysCancelledWithTheSequenceItWasCancelledAt() {
        NextVersion first = NextVersion.of(List.of(), List.of(), List.of(LICENCES, BUDGETS));
        NextVersion second = NextVersion.of(
                first.sessions(), first.cancelled(), List.of(retitle(LICENCES, "Licences, revisited"), BUDGETS));
        NextVersion third = NextVersion.of(second.sessions(), second.cancelled(), List.of(BUDGETS));

        assertEquals(List.of(ChangeType.CANCELLED), types(third.changes()));
        assertEquals(
                List.of(LICENCES.id()),
                third.cancelled().stream().map(PublishedSession::id).toList());
        assertEquals(List.of(2), sequences(third.cancelled()), "retitled once (1), then cancelled (2)");

        NextVersion fourth = NextVersion.of(third.sessions(), third.cancelled(), List.of());

        assertEquals(
                List.of(LICENCES.id(), BUDGETS.id()),
                fourth.cancelled().stream().map(PublishedSession::id).toList(),
                "oldest first, kept in every later version");
        assertEquals(List.of(2, 1), sequences(fourth.cancelled()));
    }

    private static PublishedSession session(String title, OffsetDateTime start) {
        return new PublishedSession(
                UUID.randomUUID(),
                title,
                null,
                SessionKind.ROUNDTABLE,
                List.of(Topic.LEGAL),
                List.of(),
                HALL,
                start,
                start.plusHours(1),
                30,
                0);
    }

    private static PublishedSession retitle(PublishedSession s, String title) {
        return edit(s, title, s.startsAt());
    }

    /** the session as the next draft has it: another title and start (sequence 0, as DraftSnapshot reads it) */
    private static PublishedSession edit(PublishedSession s, String title, OffsetDateTime start) {
        return new PublishedSession(
                s.id(),
                title,
                s.summary(),
                s.kind(),
                s.topics(),
                s.speakers(),
                s.room(),
                start,
                start.plus(Duration.between(s.startsAt(), s.endsAt())),
                s.capacity(),
                0);
    }

    private static List<Integer> sequences(List<PublishedSession> sessions) {
        return sessions.stream().map(PublishedSession::sequence).toList();
    }

    private static List<ChangeType> types(List<Change> changes) {
        return changes.stream().map(Change::type).toList();
    }
}
