package org.ospo.summit.invitation.service;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.ospo.summit.contracts.events.InvitationExpired;
import org.ospo.summit.invitation.mail.InvitationMailer;
import org.ospo.summit.invitation.model.Invitation;
import org.ospo.summit.invitation.model.InvitationAction;
import org.ospo.summit.invitation.model.InvitationHistoryEntry;
import org.ospo.summit.invitation.model.InvitationStatus;
import org.ospo.summit.invitation.model.Summit;
import org.ospo.summit.invitation.repository.InvitationRepository;
import org.ospo.summit.invitation.repository.SummitRepository;
import org.ospo.summit.platform.outbox.Outbox;
import org.ospo.summit.platform.time.SummitClock;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * The RSVP deadline: unanswered invitations expire after it, and get one reminder in the
 * {@code summit.reminders.before} window before it. Work is claimed in the database (FOR UPDATE SKIP LOCKED) and
 * {@code reminded_at} commits with the reminder mail, so with any number of replicas each invitation is reminded
 * exactly once and expired once.
 */
@ApplicationScoped
public class DeadlineJobs {
    private static final Logger LOG = Logger.getLogger(DeadlineJobs.class);
    private static final String CLAIM_EXPIRED = "select * from invitation where status = 'SENT' "
            + "order by id limit :batch for update skip locked";
    private static final String CLAIM_UNREMINDED = "select * from invitation where status = 'SENT' and reminded_at is null "
            + "order by id limit :batch for update skip locked";
    private static final int BATCH = 200;

    private final InvitationRepository invitations;
    private final SummitRepository summits;
    private final Outbox outbox;
    private final InvitationMailer mailer;
    private final Duration remindBefore;
    private final MeterRegistry registry;
    private final SummitClock clock;
    private final SummitService summitService;

    public DeadlineJobs(InvitationRepository invitations, SummitRepository summits, Outbox outbox,
            InvitationMailer mailer, MeterRegistry registry,
            @ConfigProperty(name = "summit.reminders.before", defaultValue = "P3D") Duration remindBefore,
            SummitClock clock, SummitService summitService) {
        this.registry = registry;
        this.invitations = invitations;
        this.summits = summits;
        this.outbox = outbox;
        this.mailer = mailer;
        this.remindBefore = remindBefore;
        this.clock = clock;
        this.summitService = summitService;
    }

    @Scheduled(every = "${summit.deadlines.every:60s}", delayed = "10s", identity = "rsvp-deadline",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> run() {
        // an unconfigured (seed) summit moves ahead instead of letting its deadline expire invitations
        return summitService.keepSeedAhead().chain(this::expireOverdue).chain(this::remindDue)
                .invoke(() -> registry.counter("summit.deadline.runs", "outcome", "ok").increment())
                .onFailure().invoke(e -> {
                    registry.counter("summit.deadline.runs", "outcome", "failed").increment();
                    LOG.warnf("deadline job failed: %s", e.toString());
                })
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Expires one batch of unanswered invitations once the deadline has passed; returns how many. */
    public Uni<Integer> expireOverdue() {
        return Panache.withTransaction(() -> summits.current().chain(summit -> {
            if (!clock.now().isAfter(summit.rsvpDeadline)) {
                return Uni.createFrom().item(0);
            }
            return claim(CLAIM_EXPIRED).chain(due -> each(due, 0, i -> {
                InvitationAction.EXPIRE.check(i);
                OffsetDateTime now = clock.now();
                i.moveTo(InvitationStatus.EXPIRED, now);
                return invitations
                        .addHistory(InvitationHistoryEntry.of(i.id, "EXPIRED", "no answer by the deadline", now))
                        .call(() -> outbox.record(new InvitationExpired(i.id, i.updatedAt)));
            }));
        }));
    }

    /** Reminds one batch of unanswered, not yet reminded invitees inside the window before the deadline. */
    public Uni<Integer> remindDue() {
        return Panache.withTransaction(() -> summits.current().chain(summit -> {
            OffsetDateTime now = clock.now();
            if (now.isAfter(summit.rsvpDeadline) || now.isBefore(summit.rsvpDeadline.minus(remindBefore))) {
                return Uni.createFrom().item(0);
            }
            return claim(CLAIM_UNREMINDED).chain(due -> each(due, 0, i -> remind(i, summit, now)));
        }));
    }

    private Uni<Void> remind(Invitation invitation, Summit summit, OffsetDateTime now) {
        invitation.remindedAt = now;
        return invitations.addHistory(InvitationHistoryEntry.of(invitation.id, "REMINDED", null, now))
                .call(() -> mailer.reminder(invitation, summit));
    }

    private Uni<List<Invitation>> claim(String sql) {
        return Panache.getSession().chain(s -> s.createNativeQuery(sql, Invitation.class).setParameter("batch", BATCH)
                .getResultList());
    }

    private static Uni<Integer> each(List<Invitation> due, int index,
            java.util.function.Function<Invitation, Uni<Void>> action) {
        if (index >= due.size()) {
            return Uni.createFrom().item(due.size());
        }
        return action.apply(due.get(index)).chain(() -> each(due, index + 1, action));
    }
}
