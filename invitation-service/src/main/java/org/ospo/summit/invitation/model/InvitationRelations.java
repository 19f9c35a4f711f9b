package org.ospo.summit.invitation.model;

import java.util.List;

/**
 * An invitation with what its detail view shows around it: who vouched for the person (null: nobody) and the same
 * person's invitations to other editions (same normalised email; any order).
 */
public record InvitationRelations(Invitation invitation, Invitation referrer, List<Invitation> elsewhere) {
}
