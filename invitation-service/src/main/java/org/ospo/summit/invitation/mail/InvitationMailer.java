package org.ospo.summit.invitation.mail;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ospo.summit.invitation.model.Invitation;
import org.ospo.summit.invitation.model.Summit;
import org.ospo.summit.invitation.security.TokenSeal;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.qute.Engine;
import io.smallrye.mutiny.Uni;

/**
 * Writes the invitee's mails, in their locale, into {@code outgoing_mail} inside the caller's transaction;
 * {@code MailRelay} sends them. The first line of a template is the subject.
 */
@ApplicationScoped
public class InvitationMailer {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Engine qute;
    private final TokenSeal seal;
    private final String publicUrl;

    public InvitationMailer(Engine qute, TokenSeal seal, @ConfigProperty(name = "summit.public-url") String publicUrl) {
        this.qute = qute;
        this.seal = seal;
        this.publicUrl = publicUrl;
    }

    public Uni<Void> invitation(Invitation invitation, Summit summit) {
        return enqueue(MailKind.INVITATION, invitation, summit);
    }

    public Uni<Void> reminder(Invitation invitation, Summit summit) {
        return enqueue(MailKind.REMINDER, invitation, summit);
    }

    public Uni<Void> promoted(Invitation invitation, Summit summit) {
        return enqueue(MailKind.PROMOTED, invitation, summit);
    }

    public Uni<Void> revoked(Invitation invitation, Summit summit) {
        return enqueue(MailKind.REVOKED, invitation, summit);
    }

    public String rsvpUrl(String token) {
        return publicUrl + "/rsvp/" + token;
    }

    private Uni<Void> enqueue(MailKind kind, Invitation invitation, Summit summit) {
        ZoneId zone = ZoneId.of(summit.timezone);
        String text = qute.getTemplate(kind.template(invitation.locale))
                .data("name", invitation.fullName)
                .data("summit", summit.name)
                .data("startsAt", WHEN.format(summit.startsAt.atZoneSameInstant(zone)) + " (" + summit.timezone + ")")
                .data("venue", summit.venue)
                .data("deadline", WHEN.format(summit.rsvpDeadline.atZoneSameInstant(zone)) + " (" + summit.timezone + ")")
                .data("link", invitation.tokenSealed == null ? publicUrl : rsvpUrl(seal.open(invitation.tokenSealed)))
                .data("openConferenceUrl", summit.openConferenceUrl)
                .render();
        int newline = text.indexOf('\n');
        OutgoingMail mail = new OutgoingMail();
        mail.invitationId = invitation.id;
        mail.kind = kind.name();
        mail.recipient = invitation.email;
        mail.subject = text.substring(0, newline).trim();
        mail.body = text.substring(newline + 1).strip() + "\n";
        mail.createdAt = OffsetDateTime.now();
        return Panache.getSession().chain(session -> session.persist(mail));
    }
}
