package org.ospo.summit.attendee.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.ospo.summit.attendee.api.AttendeeExport;
import org.ospo.summit.attendee.api.AttendeeView;
import org.ospo.summit.attendee.mapping.AttendeeMapper;
import org.ospo.summit.attendee.model.Attendee;
import org.ospo.summit.attendee.model.AttendeeStatus;
import org.ospo.summit.attendee.model.ProfileState;
import org.ospo.summit.attendee.repository.AttendeeRepository;
import org.ospo.summit.contracts.events.AttendeeErased;
import org.ospo.summit.contracts.events.AttendeeRegistered;
import org.ospo.summit.contracts.events.AttendeeWithdrawn;
import org.ospo.summit.contracts.events.Editions;
import org.ospo.summit.contracts.events.InvitationAccepted;
import org.ospo.summit.contracts.events.Readiness;
import org.ospo.summit.contracts.events.WithdrawalReason;
import org.ospo.summit.contracts.problem.ProblemType;
import org.ospo.summit.platform.outbox.Outbox;
import org.ospo.summit.platform.problem.ProblemException;
import org.ospo.summit.platform.time.SummitClock;

@ApplicationScoped
public class AttendeeService {
    private static final Logger LOG = Logger.getLogger(AttendeeService.class);

    private final AttendeeRepository attendees;
    private final Outbox outbox;
    private final AttendeeMapper mapper;
    private final SummitClock clock;
    private final Introductions introductions;
    private final NextYearService nextYear;

    public AttendeeService(
            AttendeeRepository attendees,
            Outbox outbox,
            AttendeeMapper mapper,
            SummitClock clock,
            Introductions introductions,
            NextYearService nextYear) {
        this.introductions = introductions;
        this.nextYear = nextYear;
        this.attendees = attendees;
        this.outbox = outbox;
        this.mapper = mapper;
        this.clock = clock;
    }

    /**
     * Creates the attendee of an accepted invitation and announces it (attendee.registered). Runs inside the
     * consumer's transaction; an attendee that already exists (also as a withdrawal tombstone) is left as it is.
     */
    public Uni<Void> register(InvitationAccepted accepted) {
        return attendees.findById(accepted.attendeeId()).chain(existing -> {
            if (existing != null) {
                LOG.debugf("attendee %s already registered", accepted.attendeeId());
                return Uni.createFrom().voidItem();
            }
            Attendee attendee = new Attendee();
            attendee.id = accepted.attendeeId();
            attendee.summitId = Editions.of(accepted.summitId());
            attendee.invitationId = accepted.invitationId();
            attendee.email = accepted.email();
            attendee.fullName = accepted.fullName();
            attendee.company = accepted.company();
            attendee.jobTitle = accepted.jobTitle();
            attendee.locale = accepted.locale();
            attendee.status = AttendeeStatus.ACTIVE;
            attendee.profile = ProfileState.RECEIVED;
            attendee.registeredAt = clock.now();
            attendee.updatedAt = attendee.registeredAt;
            return attendees
                    .persist(attendee)
                    .chain(() -> outbox.record(new AttendeeRegistered(
                            attendee.id,
                            attendee.summitId,
                            attendee.invitationId,
                            attendee.fullName,
                            attendee.company,
                            attendee.registeredAt)))
                    .replaceWithVoid();
        });
    }

    /**
     * An accepted invitee withdrew (declined) or was revoked. If the acceptance has not arrived yet, a tombstone
     * keeps the withdrawal, so the late acceptance leaves the person withdrawn. Runs in the consumer's transaction.
     */
    public Uni<Void> withdraw(
            UUID attendeeId, UUID invitationId, int summitId, WithdrawalReason reason, OffsetDateTime at) {
        return attendees.findById(attendeeId).chain(existing -> {
            if (existing == null) {
                Attendee tombstone = new Attendee();
                tombstone.id = attendeeId;
                tombstone.summitId = summitId;
                tombstone.invitationId = invitationId;
                tombstone.status = AttendeeStatus.WITHDRAWN;
                tombstone.profile = ProfileState.NEVER_RECEIVED;
                tombstone.registeredAt = at;
                tombstone.updatedAt = clock.now();
                tombstone.withdrawnAt = at;
                tombstone.withdrawReason = reason;
                return attendees.persist(tombstone).replaceWithVoid();
            }
            if (existing.status != AttendeeStatus.ACTIVE) {
                return Uni.createFrom().voidItem();
            }
            existing.status = AttendeeStatus.WITHDRAWN;
            existing.withdrawnAt = at;
            existing.withdrawReason = reason;
            existing.updatedAt = clock.now();
            return outbox.record(
                            new AttendeeWithdrawn(existing.id, existing.summitId, existing.invitationId, reason, at))
                    .chain(() -> introductions.forget(existing.id));
        });
    }

    /**
     * GDPR erasure: the profile and preparation are erased (a keyless tombstone keeps the id, so late events do not
     * bring them back) and attendee.erased tells the other services to erase or anonymise theirs. Idempotent.
     */
    @WithTransaction
    public Uni<Void> erase(UUID id) {
        return attendees.findById(id).chain(a -> {
            if (a == null) {
                return Uni.createFrom().failure(notRegisteredYet());
            }
            if (a.status == AttendeeStatus.ERASED) {
                return Uni.createFrom().voidItem();
            }
            a.status = AttendeeStatus.ERASED;
            a.profile = ProfileState.REMOVED;
            a.email = null;
            a.fullName = null;
            a.company = null;
            a.jobTitle = null;
            a.locale = null;
            a.preparation = null;
            a.completeness = 0;
            a.readiness = Readiness.NOT_STARTED;
            a.topics = List.of();
            a.sponsorshipOffered = false;
            a.joinOrganizing = false;
            a.withdrawReason = null;
            a.updatedAt = clock.now();
            return outbox.record(new AttendeeErased(a.id, a.summitId, a.invitationId, a.updatedAt))
                    .chain(() -> introductions.forget(a.id))
                    .chain(() -> nextYear.forget(a.id));
        });
    }

    /**
     * An archived edition's retention period passed (summit.updated with anonymisedAt): its attendees lose their
     * profile and preparation texts like an erasure, but keep status, readiness, completeness, topics and the
     * sponsorship / organizing answers, so the edition's figures stay. No attendee.erased: invitation-service erased
     * the invitations already, and agenda-service holds no personal data (registrations keep the edition's counts).
     * Networking cards and introductions (messages between people) go entirely; next-year answers keep their figures
     * but lose the suggested themes' wording and the nominees.
     * In the consumer's transaction; returns how many attendees were anonymised now.
     */
    public Uni<Integer> anonymiseEdition(int summitId) {
        return attendees
                .list("summitId = ?1 and profile = ?2", summitId, ProfileState.RECEIVED)
                .map(all -> {
                    for (Attendee a : all) {
                        a.profile = ProfileState.REMOVED;
                        a.email = null;
                        a.fullName = null;
                        a.company = null;
                        a.jobTitle = null;
                        a.preparation = null;
                        a.withdrawReason = null;
                        a.updatedAt = clock.now();
                    }
                    return all.size();
                })
                .call(() -> introductions.forgetEdition(summitId))
                .call(() -> nextYear.anonymiseEdition(summitId));
    }

    @WithSession
    public Uni<AttendeeExport> export(UUID id) {
        return attendees.findById(id).map(a -> {
            if (a == null || a.status == AttendeeStatus.ERASED) {
                throw notRegisteredYet();
            }
            return new AttendeeExport("attendee-service", clock.now(), mapper.view(a), a.withdrawReason);
        });
    }

    @WithSession
    public Uni<AttendeeView> get(UUID id) {
        return attendees.findById(id).map(a -> {
            if (a == null || a.status == AttendeeStatus.ERASED) {
                throw ProblemException.notFound("Attendee", id);
            }
            return mapper.view(a);
        });
    }

    /** The signed-in attendee; 404 while the invitation.accepted event is still on its way. */
    public Uni<AttendeeView> me(UUID id) {
        return attendees.readDetached(id).map(a -> {
            if (a == null || a.status == AttendeeStatus.ERASED) {
                throw notRegisteredYet();
            }
            return mapper.view(a);
        });
    }

    /** 404 (not registered yet) unless the row holds the person's profile: not a tombstone, erased or anonymised */
    static void requireProfile(Attendee a) {
        if (a == null || a.profile != ProfileState.RECEIVED) {
            throw notRegisteredYet();
        }
    }

    static ProblemException notRegisteredYet() {
        return new ProblemException(
                404,
                ProblemType.ATTENDEE_NOT_FOUND,
                "No attendee profile for this token yet; if you have just accepted, retry in a moment");
    }
}
