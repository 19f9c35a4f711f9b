package org.ospo.summit.platform.edition;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.ospo.summit.contracts.events.EditionStatus;
import org.ospo.summit.contracts.events.Editions;
import org.ospo.summit.contracts.events.SummitUpdated;
import org.ospo.summit.platform.problem.ProblemException;

/**
 * The editions a service follows without owning them (invitation-service does), learnt from summit.updated; the
 * service's own migrations include the location {@code db/editions}. Until the first announcement arrives, the first
 * edition is current and open. Methods run in the caller's session or transaction.
 */
@ApplicationScoped
public class KnownEditions implements PanacheRepositoryBase<KnownEdition, Integer> {

    /**
     * Keeps an edition's settings and status from its newest announcement (redelivery and replays in any order), and
     * moves "current" by the newest announcement that speaks of it across all editions: an edition announced as
     * current after the current one became current takes over; the current edition announced as no longer current
     * lets go.
     */
    public Uni<Void> learn(SummitUpdated u) {
        int id = Editions.of(u.summitId());
        return findById(id).chain(known -> {
            KnownEdition edition = known != null ? known : new KnownEdition();
            if (known == null || known.updatedAt == null || u.updatedAt().isAfter(known.updatedAt)) {
                edition.id = id;
                edition.name = u.name();
                edition.year = u.year() != null
                        ? u.year()
                        : u.startsAt() == null ? null : u.startsAt().getYear();
                edition.status = u.status() == null ? EditionStatus.OPEN : u.status();
                edition.startsAt = u.startsAt();
                edition.endsAt = u.endsAt();
                edition.timezone = u.timezone();
                edition.updatedAt = u.updatedAt();
            }
            Uni<Void> saved = known != null
                    ? Uni.createFrom().voidItem()
                    : persistAndFlush(edition).replaceWithVoid();
            return saved.chain(() -> find("current", true).<KnownEdition>firstResult())
                    .chain(current -> {
                        boolean newer = current == null
                                || current.currentSince == null
                                || u.updatedAt().isAfter(current.currentSince);
                        if (u.isCurrent() && newer && (current == null || !current.id.equals(id))) {
                            Uni<Void> letGo = current == null ? Uni.createFrom().voidItem() : release(current);
                            return letGo.chain(() -> {
                                edition.current = true;
                                edition.currentSince = u.updatedAt();
                                return flush();
                            });
                        }
                        if (u.isCurrent() && current != null && current.id.equals(id) && newer) {
                            current.currentSince = u.updatedAt();
                            return flush();
                        }
                        if (!u.isCurrent() && current != null && current.id.equals(id) && newer) {
                            return release(current);
                        }
                        return flush();
                    });
        });
    }

    /** The current edition stops being current (flushed at once: one current edition at a time, by index). */
    private Uni<Void> release(KnownEdition current) {
        current.current = false;
        current.currentSince = null;
        return flush();
    }

    /** The current edition's id (the first edition before any announcement). */
    public Uni<Integer> currentId() {
        return find("current", true).firstResult().map(e -> e == null ? Editions.FIRST : e.id);
    }

    /** {@code ?summit=}: the given edition (404 if this service has never heard of it), or the current one. */
    public Uni<Integer> resolve(Integer requested) {
        if (requested == null) {
            return currentId();
        }
        return findById(requested).map(e -> {
            if (e == null && requested != Editions.FIRST) {
                throw ProblemException.notFound("Summit", requested);
            }
            return requested;
        });
    }

    /** Refuses a write to a past edition's {@code what} (409 naming it); an edition not yet announced is open. */
    public Uni<Void> checkWritable(int summitId, String what) {
        return findById(summitId)
                .invoke(e -> {
                    if (e != null) {
                        e.checkWritable(what);
                    }
                })
                .replaceWithVoid();
    }
}
