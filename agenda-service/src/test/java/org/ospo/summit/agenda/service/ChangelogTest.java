package org.ospo.summit.agenda.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.ospo.summit.agenda.api.Change;
import org.ospo.summit.agenda.api.PublishedSession;
import org.ospo.summit.agenda.model.ChangeType;
import org.ospo.summit.agenda.model.SessionKind;
import org.ospo.summit.contracts.events.Topic;

/**
 * The changelog between two published versions, as a table: one edit of a session → the change types it is reported
 * as; and what each type means for calendars (SEQUENCE) and for the people registered. A pure rule: no Quarkus.
 */
class ChangelogTest {
    private static final UUID ID = UUID.randomUUID();
    private static final PublishedSession.Room HALL = new PublishedSession.Room(UUID.randomUUID(), "Hall A");
    private static final PublishedSession.Room ROOM_B = new PublishedSession.Room(UUID.randomUUID(), "Room B");
    private static final OffsetDateTime TEN = OffsetDateTime.parse("2027-03-20T10:00:00+08:00");
    private static final PublishedSession SESSION = new PublishedSession(
            ID,
            "Licences in products",
            "What we learned",
            SessionKind.ROUNDTABLE,
            List.of(Topic.LEGAL),
            List.of(new PublishedSession.Speaker("韩梅梅", "Example Tech", null)),
            HALL,
            TEN,
            TEN.plusHours(1),
            30,
            0);

    static Stream<Arguments> edits() {
        return Stream.of(
                edit("nothing", e -> {}),
                edit(
                        "a later start",
                        e -> {
                            e.start = e.start.plusHours(1);
                            e.end = e.end.plusHours(1);
                        },
                        ChangeType.MOVED),
                edit("another room", e -> e.room = ROOM_B, ChangeType.MOVED),
                edit(
                        "the same instant in another offset",
                        e -> e.start = e.start.withOffsetSameInstant(ZoneOffset.UTC)),
                edit("a new title", e -> e.title = "Licences, revisited", ChangeType.RETITLED),
                edit("another capacity", e -> e.capacity = 40, ChangeType.UPDATED),
                edit("another topic", e -> e.topics = List.of(Topic.LEGAL, Topic.BUSINESS), ChangeType.UPDATED),
                edit(
                        "moved and retitled",
                        e -> {
                            e.room = ROOM_B;
                            e.title = "Elsewhere";
                        },
                        ChangeType.MOVED,
                        ChangeType.RETITLED));
    }

    private static Arguments edit(String what, Consumer<Edit> edit, ChangeType... reported) {
        return Arguments.of(what, (UnaryOperator<PublishedSession>) s -> Edit.of(s, edit), List.of(reported));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void anEditIsReportedAsItsChanges(String what, UnaryOperator<PublishedSession> edit, List<ChangeType> reported) {
        List<Change> changes = Changelog.between(List.of(SESSION), List.of(edit.apply(SESSION)));
        assertEquals(reported, changes.stream().map(Change::type).toList(), what);
        changes.forEach(c -> assertEquals(ID, c.sessionId(), what));
    }

    @Test
    void aNewSessionIsAddedAndAGoneOneCancelled() {
        PublishedSession added = new PublishedSession(
                UUID.randomUUID(),
                "Budgets",
                null,
                SessionKind.PRACTICE,
                List.of(Topic.ECONOMICS),
                List.of(),
                ROOM_B,
                TEN,
                TEN.plusHours(1),
                20,
                0);
        List<Change> changes = Changelog.between(List.of(SESSION), List.of(added));
        assertEquals(
                List.of(ChangeType.ADDED, ChangeType.CANCELLED),
                changes.stream().map(Change::type).toList());
        assertEquals(
                List.of(added.id(), ID), changes.stream().map(Change::sessionId).toList());
    }

    @ParameterizedTest
    @EnumSource(ChangeType.class)
    void eachTypeSaysWhetherCalendarsAndAttendeesHearOfIt(ChangeType type) {
        boolean revises = type == ChangeType.MOVED || type == ChangeType.RETITLED || type == ChangeType.UPDATED;
        boolean told = type == ChangeType.MOVED || type == ChangeType.CANCELLED;
        assertEquals(revises, type.revises(), type + " revises the calendar entry");
        assertEquals(told, type.concernsAttendees(), type + " is told to the people registered");
    }

    /** The fields an organizer edits, copied from a session, changed, and made a session again. */
    private static final class Edit {
        String title;
        List<Topic> topics;
        PublishedSession.Room room;
        OffsetDateTime start;
        OffsetDateTime end;
        Integer capacity;

        static PublishedSession of(PublishedSession s, Consumer<Edit> change) {
            Edit e = new Edit();
            e.title = s.title();
            e.topics = s.topics();
            e.room = s.room();
            e.start = s.startsAt();
            e.end = s.endsAt();
            e.capacity = s.capacity();
            change.accept(e);
            return new PublishedSession(
                    s.id(),
                    e.title,
                    s.summary(),
                    s.kind(),
                    e.topics,
                    s.speakers(),
                    e.room,
                    e.start,
                    e.end,
                    e.capacity,
                    s.sequence());
        }
    }
}
