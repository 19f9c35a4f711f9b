package org.ospo.summit.invitation.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.ospo.summit.invitation.api.InvitationView;
import org.ospo.summit.invitation.model.Invitation;
import org.ospo.summit.invitation.model.InvitationStatus;
import org.ospo.summit.invitation.model.Summit;
import org.ospo.summit.invitation.repository.InvitationRepository;
import org.ospo.summit.invitation.repository.SummitRepository;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * A person across editions: the invitations with the same normalised email in editions before this invitation's,
 * newest first, each with its outcome, whether the person came (held a seat: ACCEPTED) and who vouched for them then.
 * An erased invitation has lost its email, so it links to nothing.
 */
@ApplicationScoped
public class PreviousEditions {
    /** editions in time: year, then start, then id */
    static final Comparator<Summit> CHRONOLOGICAL = Comparator.<Summit>comparingInt(s -> s.year)
            .thenComparing(s -> s.startsAt).thenComparing(s -> s.id);

    private final InvitationRepository invitations;
    private final SummitRepository summits;

    public PreviousEditions(InvitationRepository invitations, SummitRepository summits) {
        this.invitations = invitations;
        this.summits = summits;
    }

    public Uni<List<InvitationView.PreviousEdition>> of(Invitation invitation) {
        if (invitation.isErased()) {
            return Uni.createFrom().item(List.of());
        }
        return invitations.samePersonElsewhere(invitation).chain(others -> others.isEmpty()
                ? Uni.createFrom().item(List.<InvitationView.PreviousEdition>of())
                : summits.listAll().chain(all -> {
                    Map<Integer, Summit> byId = all.stream().collect(Collectors.toMap(s -> s.id, Function.identity()));
                    Summit own = byId.get(invitation.summitId);
                    List<Invitation> earlier = new ArrayList<>(others.stream()
                            .filter(o -> CHRONOLOGICAL.compare(byId.get(o.summitId), own) < 0).toList());
                    earlier.sort(Comparator.comparing((Invitation o) -> byId.get(o.summitId), CHRONOLOGICAL).reversed());
                    return Multi.createFrom().iterable(earlier).onItem().transformToUniAndConcatenate(o ->
                            (o.referredBy == null ? Uni.createFrom().<Invitation>nullItem()
                                    : invitations.findByAttendee(o.referredBy))
                                    .map(referrer -> entry(o, byId.get(o.summitId), referrer)))
                            .collect().asList();
                }));
    }

    private static InvitationView.PreviousEdition entry(Invitation o, Summit edition, Invitation referrer) {
        return new InvitationView.PreviousEdition(edition.id, edition.year, edition.name, o.id, o.status,
                o.status == InvitationStatus.ACCEPTED, referrer == null ? null
                        : new InvitationView.Referrer(referrer.attendeeId, referrer.id, referrer.fullName,
                                referrer.company));
    }
}
