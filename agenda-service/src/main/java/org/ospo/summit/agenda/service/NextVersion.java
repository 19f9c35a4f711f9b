package org.ospo.summit.agenda.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ospo.summit.agenda.api.Change;
import org.ospo.summit.agenda.api.PublishedSession;
import org.ospo.summit.agenda.model.ChangeType;

/**
 * What the next published version holds, from the previous version and the draft as it would be published. The rule,
 * for calendar clients that compare iCalendar SEQUENCE numbers: a session keeps its sequence from version to version
 * and it grows by one exactly when the session was moved, retitled, updated or cancelled; a new session starts at 0.
 * A cancelled session stays among the cancelled ones in every later version, with the sequence it was cancelled at.
 *
 * @param sessions the draft's sessions with their sequences
 * @param cancelled every session cancelled so far, oldest first
 * @param changes the changelog against the previous version (empty: nothing to publish)
 */
public record NextVersion(List<PublishedSession> sessions, List<PublishedSession> cancelled, List<Change> changes) {

    public static NextVersion of(
            List<PublishedSession> previous, List<PublishedSession> cancelledBefore, List<PublishedSession> draft) {
        List<Change> changes = Changelog.between(previous, draft);
        Map<UUID, PublishedSession> before =
                previous.stream().collect(Collectors.toMap(PublishedSession::id, Function.identity()));
        Set<UUID> revised = changes.stream()
                .filter(c -> c.type().revises())
                .map(Change::sessionId)
                .collect(Collectors.toSet());
        List<PublishedSession> sessions = draft.stream()
                .map(s -> {
                    PublishedSession was = before.get(s.id());
                    return s.withSequence(was == null ? 0 : was.sequence() + (revised.contains(s.id()) ? 1 : 0));
                })
                .toList();
        Map<UUID, PublishedSession> cancelled = new LinkedHashMap<>();
        cancelledBefore.forEach(s -> cancelled.put(s.id(), s));
        changes.stream()
                .filter(c -> c.type() == ChangeType.CANCELLED)
                .map(c -> before.get(c.sessionId()))
                .forEach(gone -> cancelled.put(gone.id(), gone.withSequence(gone.sequence() + 1)));
        return new NextVersion(sessions, List.copyOf(cancelled.values()), changes);
    }
}
