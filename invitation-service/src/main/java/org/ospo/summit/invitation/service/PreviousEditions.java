package org.ospo.summit.invitation.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ospo.summit.contracts.events.InvitationStatus;
import org.ospo.summit.invitation.api.InvitationView;
import org.ospo.summit.invitation.model.Invitation;
import org.ospo.summit.invitation.model.InvitationRelations;
import org.ospo.summit.invitation.model.Summit;
import org.ospo.summit.invitation.repository.InvitationRepository;
import org.ospo.summit.invitation.repository.SummitRepository;

/**
 * A person across editions: the invitations with the same normalised email in editions before this invitation's,
 * newest first, each with its outcome, whether the person came (held a seat: ACCEPTED) and who vouched for them then.
 * An erased invitation has lost its email, so it links to nothing.
 */
@ApplicationScoped
public class PreviousEditions {
    private final InvitationRepository invitations;
    private final SummitRepository summits;

    public PreviousEditions(InvitationRepository invitations, SummitRepository summits) {
        this.invitations = invitations;
        this.summits = summits;
    }

    /** The previous editions of {@code found}'s invitation, from the same person's invitations elsewhere it holds. */
    public Uni<List<InvitationView.PreviousEdition>> of(InvitationRelations found) {
        Invitation invitation = found.invitation();
        List<InvitationRelations.Elsewhere> others = found.elsewhere();
        return invitation.isErased() || others.isEmpty()
                ? Uni.createFrom().item(List.of())
                : Panache.withSession(() -> summits.newestFirst().chain(all -> {
                    // positions in newest-first order: an earlier edition comes after this one
                    List<Integer> order = all.stream().map(e -> e.id).toList();
                    Map<Integer, Summit> byId = all.stream().collect(Collectors.toMap(e -> e.id, Function.identity()));
                    int own = order.indexOf(invitation.summitId);
                    List<InvitationRelations.Elsewhere> earlier = others.stream()
                            .filter(o -> order.indexOf(o.summitId()) > own)
                            .sorted(Comparator.comparingInt(o -> order.indexOf(o.summitId())))
                            .toList();
                    return Multi.createFrom()
                            .iterable(earlier)
                            .onItem()
                            .transformToUniAndConcatenate(o -> (o.referredBy() == null
                                            ? Uni.createFrom().<Invitation>nullItem()
                                            : invitations.findByAttendee(o.referredBy()))
                                    .map(referrer -> entry(o, byId.get(o.summitId()), referrer)))
                            .collect()
                            .asList();
                }));
    }

    private static InvitationView.PreviousEdition entry(
            InvitationRelations.Elsewhere o, Summit edition, Invitation referrer) {
        return new InvitationView.PreviousEdition(
                edition.id,
                edition.year,
                edition.name,
                o.invitationId(),
                o.status(),
                o.status() == InvitationStatus.ACCEPTED,
                referrer == null
                        ? null
                        : new InvitationView.Referrer(
                                referrer.attendeeId, referrer.id, referrer.fullName, referrer.company));
    }
}
