package org.ospo.summit.invitation.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.jboss.logging.Logger;
import org.ospo.summit.contracts.events.EditionStatus;
import org.ospo.summit.invitation.config.InvitationSettings;
import org.ospo.summit.invitation.model.Summit;
import org.ospo.summit.invitation.repository.SummitRepository;
import org.ospo.summit.platform.time.SummitClock;

/**
 * Archived editions keep their figures but not their people: once an edition has been ARCHIVED for the installation's
 * retention period ({@code summit.retention.archived}, default one year), its invitations and nominations go through
 * the GDPR erasure ({@link InvitationErasure}) — statuses and dates stay, so the figures do — and the edition is
 * announced with {@code anonymisedAt}, on which attendee-service erases its attendees' profiles and preparations.
 * Runs with the deadline job; each edition once (its row is locked, and anonymisedAt commits with the erasure).
 */
@ApplicationScoped
public class ArchiveRetention {
    private static final Logger LOG = Logger.getLogger(ArchiveRetention.class);

    private final SummitRepository summits;
    private final InvitationErasure erasure;
    private final SummitService summitService;
    private final SummitClock clock;
    private final Duration retention;

    public ArchiveRetention(
            SummitRepository summits,
            InvitationErasure erasure,
            SummitService summitService,
            SummitClock clock,
            InvitationSettings settings) {
        this.summits = summits;
        this.erasure = erasure;
        this.summitService = summitService;
        this.clock = clock;
        this.retention = settings.retention().archived();
    }

    /** Anonymises every archived edition whose retention period has passed; returns how many editions. */
    @WithTransaction
    public Uni<Integer> anonymiseDue() {
        OffsetDateTime cutoff = clock.now().minus(retention);
        return summits.find("status = ?1 and anonymisedAt is null and archivedAt < ?2", EditionStatus.ARCHIVED, cutoff)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .<Summit>list()
                .chain(due -> Multi.createFrom()
                        .iterable(due)
                        .onItem()
                        .transformToUniAndConcatenate(this::anonymise)
                        .collect()
                        .asList()
                        .map(List::size));
    }

    private Uni<Summit> anonymise(Summit edition) {
        return erasure.eraseEdition(edition.id).chain(erased -> {
            LOG.infof(
                    "edition %d archived since %s: personal data of %d invitation(s) erased (retention %s)",
                    edition.id, edition.archivedAt, erased, retention);
            edition.anonymisedAt = clock.now();
            edition.updatedAt = edition.anonymisedAt;
            return summitService.announce(edition).replaceWith(edition);
        });
    }
}
