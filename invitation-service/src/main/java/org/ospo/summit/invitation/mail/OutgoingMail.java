package org.ospo.summit.invitation.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A mail waiting to be sent (or sent: {@code sentAt} set, body cleared). */
@Entity
@Table(name = "outgoing_mail")
public class OutgoingMail {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "invitation_id")
    public UUID invitationId;

    public String kind;
    public String recipient;
    public String subject;
    public String body;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "sent_at")
    public OffsetDateTime sentAt;

    public int attempts;

    @Column(name = "last_error")
    public String lastError;
}
