package org.ospo.summit.invitation.service;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.ospo.summit.invitation.model.Summit;

/**
 * Which edition is "next year" for an edition's attendees: the first edition to start once it has ended, among those
 * still taking nominations (PLANNING or OPEN). Editions that start together are taken in the order they were created.
 * None yet: the nominations made in the edition wait for one.
 */
public final class NextEdition {
    private static final Comparator<Summit> EARLIEST = Comparator.<Summit, java.time.OffsetDateTime>comparing(
                    s -> s.startsAt)
            .thenComparing(s -> s.id);

    private NextEdition() {}

    public static Optional<Summit> after(Summit edition, Collection<Summit> editions) {
        return editions.stream()
                .filter(s -> !s.id.equals(edition.id))
                .filter(s -> !s.status.isReadOnly())
                .filter(s -> !s.startsAt.isBefore(edition.endsAt))
                .min(EARLIEST);
    }
}
