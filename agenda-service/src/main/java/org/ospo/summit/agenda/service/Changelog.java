package org.ospo.summit.agenda.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.ospo.summit.agenda.api.Change;
import org.ospo.summit.agenda.api.PublishedSession;
import org.ospo.summit.agenda.model.ChangeType;

/** What changed between two published snapshots: added, moved (time or room), retitled, updated, cancelled. */
public final class Changelog {
    private Changelog() {}

    public static List<Change> between(List<PublishedSession> before, List<PublishedSession> after) {
        Map<UUID, PublishedSession> old = new LinkedHashMap<>();
        before.forEach(s -> old.put(s.id(), s));
        List<Change> changes = new ArrayList<>();
        for (PublishedSession now : after) {
            PublishedSession was = old.remove(now.id());
            if (was == null) {
                changes.add(new Change(ChangeType.ADDED, now.id(), now.title(), where(now)));
                continue;
            }
            if (!was.startsAt().isEqual(now.startsAt())
                    || !was.endsAt().isEqual(now.endsAt())
                    || !was.room().id().equals(now.room().id())) {
                changes.add(new Change(ChangeType.MOVED, now.id(), now.title(), where(was) + " → " + where(now)));
            }
            if (!was.title().equals(now.title())) {
                changes.add(new Change(ChangeType.RETITLED, now.id(), now.title(), was.title() + " → " + now.title()));
            }
            if (!Objects.equals(was.summary(), now.summary())
                    || was.kind() != now.kind()
                    || !was.topics().equals(now.topics())
                    || !was.speakers().equals(now.speakers())
                    || !Objects.equals(was.capacity(), now.capacity())) {
                changes.add(new Change(ChangeType.UPDATED, now.id(), now.title(), null));
            }
        }
        old.values()
                .forEach(gone -> changes.add(new Change(ChangeType.CANCELLED, gone.id(), gone.title(), where(gone))));
        return changes;
    }

    private static String where(PublishedSession s) {
        return s.startsAt() + "–" + s.endsAt().toLocalTime() + " " + s.room().name();
    }
}
