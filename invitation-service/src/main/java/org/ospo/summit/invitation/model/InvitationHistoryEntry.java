package org.ospo.summit.invitation.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** What happened to an invitation, shown as {@code events} by {@code GET /api/invitations/{id}}. */
@Entity
@Table(name = "invitation_history")
public class InvitationHistoryEntry {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "invitation_id")
    public UUID invitationId;

    public OffsetDateTime at;

    @Enumerated(EnumType.STRING)
    public HistoryType type;

    public String detail;

    public static InvitationHistoryEntry of(UUID invitationId, HistoryType type, String detail, OffsetDateTime at) {
        InvitationHistoryEntry entry = new InvitationHistoryEntry();
        entry.invitationId = invitationId;
        entry.at = at;
        entry.type = type;
        entry.detail = detail;
        return entry;
    }
}
