package org.ospo.summit.invitation.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.ospo.summit.contracts.problem.ProblemType;
import org.ospo.summit.invitation.api.CreateInvitationRequest;
import org.ospo.summit.invitation.api.FromPreviousRequest;
import org.ospo.summit.invitation.api.FromPreviousResult;
import org.ospo.summit.invitation.model.Invitation;
import org.ospo.summit.invitation.model.Summit;
import org.ospo.summit.invitation.repository.InvitationRepository;
import org.ospo.summit.invitation.repository.SummitRepository;
import org.ospo.summit.platform.problem.ProblemException;

/**
 * Next year's guest list from this year's: the chosen people of an earlier edition (who came or not, how far they
 * prepared) become DRAFT invitations to an edition, with their name, company, title, language and the reasons they
 * were chosen. Anyone already invited to it is skipped, so asking twice creates nothing new; an erased person is never
 * chosen. One transaction per person, like the CSV import.
 */
@ApplicationScoped
public class InvitationsFromPrevious {
    private final InvitationRepository invitations;
    private final SummitRepository summits;
    private final InvitationService invitationService;

    public InvitationsFromPrevious(
            InvitationRepository invitations, SummitRepository summits, InvitationService invitationService) {
        this.invitations = invitations;
        this.summits = summits;
        this.invitationService = invitationService;
    }

    public Uni<FromPreviousResult> invite(int summitId, FromPreviousRequest request) {
        return Panache.withSession(() -> summits.edition(summitId).chain(target -> {
                    target.checkWritable("invitations");
                    if (request.fromSummitId() == summitId) {
                        throw ProblemException.invalid("fromSummitId", "must be another edition");
                    }
                    return summits.findById(request.fromSummitId()).chain(from -> {
                        if (from == null) {
                            throw ProblemException.invalid(
                                    "fromSummitId", "there is no edition " + request.fromSummitId());
                        }
                        return invitations
                                .chosen(from.id, request.attended(), request.readiness())
                                .map(chosen -> new Plan(target, from, chosen));
                    });
                }))
                .chain(plan -> Multi.createFrom()
                        .iterable(plan.chosen())
                        .onItem()
                        .transformToUniAndConcatenate(person -> inviteAgain(plan, person))
                        .collect()
                        .asList()
                        .map(rows -> new FromPreviousResult(
                                (int) rows.stream()
                                        .filter(r -> r.outcome() == FromPreviousResult.Outcome.CREATED)
                                        .count(),
                                (int) rows.stream()
                                        .filter(r -> r.outcome() != FromPreviousResult.Outcome.CREATED)
                                        .count(),
                                new ArrayList<>(rows))));
    }

    private record Plan(Summit target, Summit from, List<Invitation> chosen) {}

    private Uni<FromPreviousResult.Row> inviteAgain(Plan plan, Invitation person) {
        CreateInvitationRequest draft = new CreateInvitationRequest(
                person.email,
                person.fullName,
                person.company,
                person.jobTitle,
                person.locale,
                person.criteria,
                "Invited again from " + plan.from().label(),
                false);
        return Panache.withTransaction(() -> summits.edition(plan.target().id)
                        .chain(target -> invitationService.create(draft, target, null)))
                .map(created -> new FromPreviousResult.Row(
                        person.id, person.email, FromPreviousResult.Outcome.CREATED, created.id()))
                .onFailure(
                        e -> e instanceof ProblemException p && p.status() == 409 && p.type() == ProblemType.CONFLICT)
                .recoverWithItem(() -> new FromPreviousResult.Row(
                        person.id, person.email, FromPreviousResult.Outcome.ALREADY_INVITED, null));
    }
}
