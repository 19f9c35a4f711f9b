package org.ospo.summit.invitation.mail;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import org.jboss.logging.Logger;
import org.ospo.summit.invitation.config.InvitationSettings;
import org.ospo.summit.platform.relay.PeriodicRelay;
import org.ospo.summit.platform.time.SummitClock;

/**
 * Sends queued mails over SMTP (the mock mailbox in tests). Rows are claimed FOR UPDATE SKIP LOCKED, so with
 * several replicas each mail goes out once; a failed send stays queued and is retried on the next pass.
 */
@ApplicationScoped
public class MailRelay {
    private static final Logger LOG = Logger.getLogger(MailRelay.class);
    private static final String CLAIM = "select * from outgoing_mail where sent_at is null and attempts < 20 "
            + "order by id limit 20 for update skip locked";

    private final ReactiveMailer mailer;
    private final Duration interval;
    private final PeriodicRelay timer;
    private final SummitClock clock;

    public MailRelay(ReactiveMailer mailer, Vertx vertx, InvitationSettings settings, SummitClock clock) {
        this.mailer = mailer;
        this.interval = settings.mail().pollInterval();
        this.timer = new PeriodicRelay(vertx, "mail relay", this::sendBatch);
        this.clock = clock;
    }

    void start(@Observes StartupEvent event) {
        timer.start(interval);
    }

    void stop(@Observes ShutdownEvent event) {
        timer.stop();
    }

    public Uni<Integer> sendBatch() {
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(s -> s.createNativeQuery(CLAIM, OutgoingMail.class).getResultList())
                .chain(mails -> sendFrom(mails, 0, 0)));
    }

    /** w***@example.com: enough to recognise a mail in a log, not to harvest addresses */
    static String masked(String recipient) {
        int at = recipient == null ? -1 : recipient.indexOf('@');
        return at <= 0 ? "***" : recipient.charAt(0) + "***" + recipient.substring(at);
    }

    private Uni<Integer> sendFrom(List<OutgoingMail> mails, int index, int sent) {
        if (index >= mails.size()) {
            return Uni.createFrom().item(sent);
        }
        OutgoingMail mail = mails.get(index);
        return mailer.send(Mail.withText(mail.recipient, mail.subject, mail.body))
                .map(v -> {
                    mail.sentAt = clock.now();
                    mail.body = null;
                    // never the body: it carries the RSVP link (the mock mailer's own body log is switched off)
                    LOG.infof("mail %d (%s) sent to %s", mail.id, mail.kind, masked(mail.recipient));
                    return 1;
                })
                .onFailure()
                .recoverWithItem(error -> {
                    mail.attempts++;
                    mail.lastError = String.valueOf(error);
                    LOG.warnf("mail %d (%s) to an invitee not sent yet: %s", mail.id, mail.kind, error.toString());
                    return 0;
                })
                .chain(ok -> sendFrom(mails, index + 1, sent + ok));
    }
}
