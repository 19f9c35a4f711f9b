package org.ospo.summit.invitation.model;

/** What can happen to an invitation, as its history ({@code events} of {@code GET /api/invitations/{id}}) says. */
public enum HistoryType {
    CREATED,
    SENT,
    RESENT,
    REMINDED,
    ACCEPTED,
    WAITLISTED,
    PROMOTED,
    DECLINED,
    REVOKED,
    EXPIRED,
    ERASED
}
