package org.ospo.summit.invitation.model;

/** An invitation with the edition it belongs to: what an invitee's link shows and what an answer is checked against. */
public record InvitationInEdition(Invitation invitation, Summit summit) {}
