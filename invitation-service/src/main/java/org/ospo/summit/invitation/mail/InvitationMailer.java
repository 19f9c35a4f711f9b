package org.ospo.summit.invitation.mail;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.qute.Engine;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.jboss.logging.Logger;
import org.ospo.summit.contracts.api.Locales;
import org.ospo.summit.contracts.events.SessionCancelled;
import org.ospo.summit.contracts.events.SessionChanged;
import org.ospo.summit.invitation.model.Invitation;
import org.ospo.summit.invitation.model.Summit;
import org.ospo.summit.invitation.security.TokenSeal;
import org.ospo.summit.platform.problem.PublicUrls;
import org.ospo.summit.platform.time.SummitClock;

/**
 * Writes the invitee's mails, in their locale, into {@code outgoing_mail} inside the caller's transaction;
 * {@code MailRelay} sends them. The first line of a template is the subject.
 */
@ApplicationScoped
public class InvitationMailer {
    private static final Logger LOG = Logger.getLogger(InvitationMailer.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Engine qute;
    private final TokenSeal seal;
    private final String publicUrl;
    private final SummitClock clock;

    public InvitationMailer(Engine qute, TokenSeal seal, PublicUrls urls, SummitClock clock) {
        this.qute = qute;
        this.seal = seal;
        this.publicUrl = urls.base();
        this.clock = clock;
    }

    public Uni<Void> invitation(Invitation invitation, Summit summit) {
        return enqueue(MailKind.INVITATION, invitation, summit, Map.of());
    }

    public Uni<Void> reminder(Invitation invitation, Summit summit) {
        return enqueue(MailKind.REMINDER, invitation, summit, Map.of());
    }

    public Uni<Void> promoted(Invitation invitation, Summit summit) {
        return enqueue(MailKind.PROMOTED, invitation, summit, Map.of());
    }

    public Uni<Void> revoked(Invitation invitation, Summit summit) {
        return enqueue(MailKind.REVOKED, invitation, summit, Map.of());
    }

    /** A session the attendee registered for moved (agenda-service's session.changed). */
    public Uni<Void> sessionChanged(Invitation invitation, Summit summit, SessionChanged change) {
        ZoneId zone = ZoneId.of(summit.timezone);
        return enqueue(
                MailKind.SESSION_CHANGED,
                invitation,
                summit,
                Map.of(
                        "title",
                        change.title(),
                        "when",
                        slot(change.startsAt(), change.endsAt(), zone),
                        "room",
                        change.room(),
                        "previousWhen",
                        slot(change.previousStartsAt(), change.previousEndsAt(), zone),
                        "previousRoom",
                        change.previousRoom()));
    }

    /** A session the attendee registered for is cancelled (agenda-service's session.cancelled). */
    public Uni<Void> sessionCancelled(Invitation invitation, Summit summit, SessionCancelled cancelled) {
        ZoneId zone = ZoneId.of(summit.timezone);
        return enqueue(
                MailKind.SESSION_CANCELLED,
                invitation,
                summit,
                Map.of(
                        "title",
                        cancelled.title(),
                        "when",
                        WHEN.format(cancelled.startsAt().atZoneSameInstant(zone)) + " (" + summit.timezone + ")",
                        "room",
                        cancelled.room()));
    }

    private static String slot(OffsetDateTime start, OffsetDateTime end, ZoneId zone) {
        return WHEN.format(start.atZoneSameInstant(zone)) + "–"
                + end.atZoneSameInstant(zone).toLocalTime() + " (" + zone.getId() + ")";
    }

    public String rsvpUrl(String token) {
        return publicUrl + "/rsvp/" + token;
    }

    /**
     * The invitee's RSVP link; the site's address when there is none to give: the token was erased, or it was sealed
     * under a seal key that has been replaced since (the mail still goes; the organizer can resend a new link).
     */
    private String link(MailKind kind, Invitation invitation) {
        if (invitation.tokenSealed == null) {
            return publicUrl;
        }
        return seal.tryOpen(invitation.tokenSealed).map(this::rsvpUrl).orElseGet(() -> {
            LOG.warnf(
                    "invitation %s: its RSVP token cannot be opened with the current seal key; the %s mail goes "
                            + "without the link (resend the invitation for a new one)",
                    invitation.id, kind);
            return publicUrl;
        });
    }

    private Uni<Void> enqueue(MailKind kind, Invitation invitation, Summit summit, Map<String, Object> extra) {
        ZoneId zone = ZoneId.of(summit.timezone);
        TemplateInstance template =
                qute.getTemplate(kind.template(invitation.locale)).instance();
        extra.forEach(template::data);
        String text = template.data("name", invitation.fullName)
                .data("summit", summit.name)
                .data("startsAt", WHEN.format(summit.startsAt.atZoneSameInstant(zone)) + " (" + summit.timezone + ")")
                .data(
                        "venue",
                        Locales.ZH_CN.equals(invitation.locale) && summit.venueZh != null
                                ? summit.venueZh
                                : summit.venue)
                .data(
                        "deadline",
                        WHEN.format(summit.rsvpDeadline.atZoneSameInstant(zone)) + " (" + summit.timezone + ")")
                .data("link", link(kind, invitation))
                .data("openConferenceUrl", summit.openConferenceUrl)
                .render();
        int newline = text.indexOf('\n');
        OutgoingMail mail = new OutgoingMail();
        mail.invitationId = invitation.id;
        mail.kind = kind.name();
        mail.recipient = invitation.email;
        mail.subject = text.substring(0, newline).trim();
        mail.body = text.substring(newline + 1).strip() + "\n";
        mail.createdAt = clock.now();
        return Panache.getSession().chain(session -> session.persist(mail));
    }
}
