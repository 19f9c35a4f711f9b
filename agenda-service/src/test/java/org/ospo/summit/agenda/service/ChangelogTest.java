package org.ospo.summit.agenda.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
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
                edit("nothing", s -> s),
                edit(
                        "a later start",
                        s -> at(s, s.startsAt().plusHours(1), s.endsAt().plusHours(1), s.room()),
                        ChangeType.MOVED),
                edit("another room", s -> at(s, s.startsAt(), s.endsAt(), ROOM_B), ChangeType.MOVED),
                edit(
                        "the same instant in another offset",
                        s -> at(s, s.startsAt().withOffsetSameInstant(java.time.ZoneOffset.UTC), s.endsAt(), s.room())),
                edit("a new title", s -> titled(s, "Licences, revisited"), ChangeType.RETITLED),
                edit("another capacity", s -> sized(s, 40), ChangeType.UPDATED),
                edit("another topic", s -> about(s, List.of(Topic.LEGAL, Topic.BUSINESS)), ChangeType.UPDATED),
                edit(
                        "moved and retitled",
                        s -> titled(at(s, s.startsAt(), s.endsAt(), ROOM_B), "Elsewhere"),
                        ChangeType.MOVED,
                        ChangeType.RETITLED));
    }

    private static Arguments edit(String what, UnaryOperator<PublishedSession> edit, ChangeType... reported) {
        return Arguments.of(what, edit, List.of(reported));
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

    private static PublishedSession at(
            PublishedSession s, OffsetDateTime start, OffsetDateTime end, PublishedSession.Room room) {
        return new PublishedSession(
                s.id(),
                s.title(),
                s.summary(),
                s.kind(),
                s.topics(),
                s.speakers(),
                room,
                start,
                end,
                s.capacity(),
                s.sequence());
    }

    private static PublishedSession titled(PublishedSession s, String title) {
        return new PublishedSession(
                s.id(),
                title,
                s.summary(),
                s.kind(),
                s.topics(),
                s.speakers(),
                s.room(),
                s.startsAt(),
                s.endsAt(),
                s.capacity(),
                s.sequence());
    }

    private static PublishedSession sized(PublishedSession s, int capacity) {
        return new PublishedSession(
                s.id(),
                s.title(),
                s.summary(),
                s.kind(),
                s.topics(),
                s.speakers(),
                s.room(),
                s.startsAt(),
                s.endsAt(),
                capacity,
                s.sequence());
    }

    private static PublishedSession about(PublishedSession s, List<Topic> topics) {
        return new PublishedSession(
                s.id(),
                s.title(),
                s.summary(),
                s.kind(),
                topics,
                s.speakers(),
                s.room(),
                s.startsAt(),
                s.endsAt(),
                s.capacity(),
                s.sequence());
    }
}
