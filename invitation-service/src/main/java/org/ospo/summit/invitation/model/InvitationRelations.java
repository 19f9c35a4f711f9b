package org.ospo.summit.invitation.model;

import java.util.List;
import java.util.UUID;
import org.ospo.summit.contracts.events.InvitationStatus;

/**
 * An invitation with what its detail view shows around it: who vouched for the person (null: nobody), its history
 * (oldest first) and the same person's invitations to other editions (same normalised email; any order; none for an
 * erased invitation, whose email is a placeholder).
 */
public record InvitationRelations(
        Invitation invitation, Invitation referrer, List<InvitationHistoryEntry> history, List<Elsewhere> elsewhere) {

    /** The same person's invitation to another edition, as far as the detail view links to it. */
    public record Elsewhere(UUID invitationId, int summitId, InvitationStatus status, UUID referredBy) {}
}
