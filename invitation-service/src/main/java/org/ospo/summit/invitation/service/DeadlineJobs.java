package org.ospo.summit.invitation.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;
import org.jboss.logging.Logger;
import org.ospo.summit.contracts.events.EditionStatus;
import org.ospo.summit.contracts.events.InvitationExpired;
import org.ospo.summit.invitation.config.InvitationSettings;
import org.ospo.summit.invitation.mail.InvitationMailer;
import org.ospo.summit.invitation.model.HistoryType;
import org.ospo.summit.invitation.model.Invitation;
import org.ospo.summit.invitation.model.InvitationAction;
import org.ospo.summit.invitation.model.InvitationHistoryEntry;
import org.ospo.summit.invitation.model.Summit;
import org.ospo.summit.invitation.repository.InvitationRepository;
import org.ospo.summit.invitation.repository.SummitRepository;
import org.ospo.summit.platform.outbox.Outbox;
import org.ospo.summit.platform.time.SummitClock;

/**
 * The RSVP deadline of every OPEN edition: unanswered invitations expire after it, and get one reminder in the
 * {@code summit.reminders.before} window before it. Work is claimed in the database (FOR UPDATE SKIP LOCKED) and
 * {@code reminded_at} commits with the reminder mail, so with any number of replicas each invitation is reminded
 * exactly once and expired once.
 */
@ApplicationScoped
public class DeadlineJobs {
    private static final Logger LOG = Logger.getLogger(DeadlineJobs.class);
    private static final String CLAIM_EXPIRED =
            "select * from invitation where summit_id = :summit and status = 'SENT' "
                    + "order by id limit :batch for update skip locked";
    private static final String CLAIM_UNREMINDED =
            "select * from invitation where summit_id = :summit and status = 'SENT' "
                    + "and reminded_at is null order by id limit :batch for update skip locked";
    private static final int BATCH = 200;

    private final InvitationRepository invitations;
    private final SummitRepository summits;
    private final Outbox outbox;
    private final InvitationMailer mailer;
    private final Duration remindBefore;
    private final MeterRegistry registry;
    private final SummitClock clock;
    private final SummitService summitService;
    private final ArchiveRetention retention;

    public DeadlineJobs(
            InvitationRepository invitations,
            SummitRepository summits,
            Outbox outbox,
            InvitationMailer mailer,
            MeterRegistry registry,
            InvitationSettings settings,
            SummitClock clock,
            SummitService summitService,
            ArchiveRetention retention) {
        this.retention = retention;
        this.registry = registry;
        this.invitations = invitations;
        this.summits = summits;
        this.outbox = outbox;
        this.mailer = mailer;
        this.remindBefore = settings.reminders().before();
        this.clock = clock;
        this.summitService = summitService;
    }

    @Scheduled(
            every = "${summit.deadlines.every:60s}",
            delayed = "10s",
            identity = "rsvp-deadline",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> run() {
        // an edition the start could not announce (the database was away) is announced now; an unconfigured (seed)
        // summit moves ahead instead of letting its deadline expire invitations
        return summitService
                .announcePending()
                .chain(summitService::keepSeedAhead)
                .chain(this::expireOverdue)
                .chain(this::remindDue)
                .chain(retention::anonymiseDue)
                .invoke(() -> registry.counter("summit.deadline.runs", "outcome", "ok")
                        .increment())
                .onFailure()
                .invoke(e -> {
                    registry.counter("summit.deadline.runs", "outcome", "failed")
                            .increment();
                    LOG.warnf("deadline job failed: %s", e.toString());
                })
                .onFailure()
                .recoverWithNull()
                .replaceWithVoid();
    }

    /** At start: editions never announced are announced at once (a new install's agenda learns its summit's days). */
    void start(@Observes StartupEvent event) {
        VertxContextSupport.subscribe(
                () -> summitService.announcePending().toMulti(),
                announced -> announced.with(
                        n -> {
                            if (n > 0) {
                                LOG.infof("announced %d edition(s) never announced before", n);
                            }
                        },
                        e -> LOG.warnf(
                                "announcing the editions failed (the deadline job tries again): %s", e.toString())));
    }

    /** Expires one batch per OPEN edition of unanswered invitations once its deadline has passed; returns how many. */
    public Uni<Integer> expireOverdue() {
        return Panache.withTransaction(() -> openEditions()
                .chain(editions -> each(editions, 0, summit -> {
                    if (!clock.now().isAfter(summit.rsvpDeadline)) {
                        return Uni.createFrom().item(0);
                    }
                    return claim(CLAIM_EXPIRED, summit)
                            .chain(due -> each(due, 0, i -> {
                                OffsetDateTime now = clock.now();
                                i.apply(InvitationAction.EXPIRE, now);
                                return invitations
                                        .addHistory(InvitationHistoryEntry.of(
                                                i.id, HistoryType.EXPIRED, "no answer by the deadline", now))
                                        .call(() -> outbox.record(new InvitationExpired(i.id, i.summitId, i.updatedAt)))
                                        .replaceWith(1);
                            }));
                })));
    }

    /** Reminds one batch per OPEN edition of unanswered, not yet reminded invitees in the window before its deadline. */
    public Uni<Integer> remindDue() {
        return Panache.withTransaction(() -> openEditions()
                .chain(editions -> each(editions, 0, summit -> {
                    OffsetDateTime now = clock.now();
                    if (now.isAfter(summit.rsvpDeadline) || now.isBefore(summit.rsvpDeadline.minus(remindBefore))) {
                        return Uni.createFrom().item(0);
                    }
                    return claim(CLAIM_UNREMINDED, summit).chain(due -> each(due, 0, i -> remind(i, summit, now)));
                })));
    }

    /** Past editions are read-only and planned ones send nothing: only OPEN editions have deadlines that act. */
    private Uni<List<Summit>> openEditions() {
        return summits.list("status", EditionStatus.OPEN);
    }

    private Uni<Integer> remind(Invitation invitation, Summit summit, OffsetDateTime now) {
        invitation.remindedAt = now;
        return invitations
                .addHistory(InvitationHistoryEntry.of(invitation.id, HistoryType.REMINDED, null, now))
                .call(() -> mailer.reminder(invitation, summit))
                .replaceWith(1);
    }

    private Uni<List<Invitation>> claim(String sql, Summit summit) {
        return Panache.getSession()
                .chain(s -> s.createNativeQuery(sql, Invitation.class)
                        .setParameter("batch", BATCH)
                        .setParameter("summit", summit.id)
                        .getResultList());
    }

    /** Applies {@code action} to each item in turn; the sum of what the actions count. */
    private static <T> Uni<Integer> each(List<T> items, int index, Function<T, Uni<Integer>> action) {
        if (index >= items.size()) {
            return Uni.createFrom().item(0);
        }
        return action.apply(items.get(index))
                .chain(n -> each(items, index + 1, action).map(rest -> n + rest));
    }
}
