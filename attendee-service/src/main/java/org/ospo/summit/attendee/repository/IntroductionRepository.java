package org.ospo.summit.attendee.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.ospo.summit.attendee.model.Introduction;
import org.ospo.summit.attendee.model.IntroductionStatus;

@ApplicationScoped
public class IntroductionRepository implements PanacheRepositoryBase<Introduction, UUID> {
    /** The introduction between two attendees, whoever asked; null for none. */
    public Uni<Introduction> between(UUID one, UUID other) {
        return find("(fromAttendee = ?1 and toAttendee = ?2) or (fromAttendee = ?2 and toAttendee = ?1)", one, other)
                .firstResult();
    }

    /** Everyone an attendee has an introduction with, asked or asking. */
    public Uni<List<UUID>> peersOf(UUID attendeeId) {
        return find("fromAttendee = ?1 or toAttendee = ?1", attendeeId)
                .project(Pair.class)
                .list()
                .map(pairs -> pairs.stream()
                        .map(p -> p.fromAttendee().equals(attendeeId) ? p.toAttendee() : p.fromAttendee())
                        .toList());
    }

    /** the two ends of an introduction */
    public record Pair(UUID fromAttendee, UUID toAttendee) {}

    /** Introductions asked of an attendee, newest first. */
    public Uni<List<Introduction>> inbox(UUID attendeeId) {
        return list("toAttendee", Sort.descending("requestedAt"), attendeeId);
    }

    /** Introductions an attendee asked for, newest first. */
    public Uni<List<Introduction>> sent(UUID attendeeId) {
        return list("fromAttendee", Sort.descending("requestedAt"), attendeeId);
    }

    /** How many an attendee asked for since {@code since}. */
    public Uni<Long> countSentSince(UUID attendeeId, OffsetDateTime since) {
        return count("fromAttendee = ?1 and requestedAt >= ?2", attendeeId, since);
    }

    public Uni<List<Introduction>> ofEdition(int summitId) {
        return list("summitId", summitId);
    }

    public Uni<Long> countOfEdition(int summitId, IntroductionStatus status) {
        return count("summitId = ?1 and status = ?2", summitId, status);
    }

    /** An attendee who withdrew or was erased is removed from every introduction. */
    public Uni<Long> deleteInvolving(UUID attendeeId) {
        return delete("fromAttendee = ?1 or toAttendee = ?1", attendeeId);
    }

    public Uni<Long> deleteOfEdition(int summitId) {
        return delete("summitId", summitId);
    }
}
