package org.ospo.summit.agenda.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.ospo.summit.agenda.model.AgendaVersion;
import org.ospo.summit.contracts.events.Editions;

/**
 * Published versions. The {@code read…} methods run on the reactive client without a Hibernate session (the hot
 * reads); the others within the caller's session or transaction.
 */
@ApplicationScoped
public class AgendaVersionRepository implements PanacheRepositoryBase<AgendaVersion, AgendaVersion.Key> {
    /** the edition asked for (the current one for null), its latest version number and whether it is known */
    private static final String NEWEST = "select e.id, coalesce((select max(version) from agenda_version v "
            + "where v.summit_id = e.id), 0), exists (select 1 from known_edition k where k.id = e.id) "
            + "from (select coalesce($1::integer, (select id from known_edition where current), "
            + Editions.FIRST + ") as id) e";

    private final Pool pool;

    public AgendaVersionRepository(Pool pool) {
        this.pool = pool;
    }

    /**
     * An edition and its newest version number (0 before its first publication).
     *
     * @param known whether the edition was announced (the first edition is served even before its announcement)
     */
    public record Newest(int summitId, int version, boolean known) {}

    /** An edition's newest published version, or null before its first publication. */
    public Uni<AgendaVersion> latest(int summitId) {
        return find("summitId", Sort.descending("version"), summitId).firstResult();
    }

    /** The edition asked for (the current one when {@code summitId} is null) and its newest version number. */
    public Uni<Newest> readNewest(Integer summitId) {
        return pool.preparedQuery(NEWEST)
                .execute(Tuple.tuple().addInteger(summitId))
                .map(rows -> {
                    Row row = rows.iterator().next();
                    return new Newest(row.getInteger(0), row.getInteger(1), row.getBoolean(2));
                });
    }

    /** A published version's snapshot (its sessions, the cancelled ones, when and in which zone), not its changes. */
    public Uni<AgendaVersion> readSnapshot(int summitId, int version) {
        return pool.preparedQuery("select published_at, timezone, sessions, cancelled from agenda_version "
                        + "where summit_id = $1 and version = $2")
                .execute(Tuple.of(summitId, version))
                .map(rows -> {
                    if (rows.size() == 0) {
                        return null;
                    }
                    Row row = rows.iterator().next();
                    AgendaVersion v = new AgendaVersion();
                    v.summitId = summitId;
                    v.version = version;
                    v.publishedAt = row.getOffsetDateTime("published_at");
                    v.timezone = row.getString("timezone");
                    v.sessions = row.getString("sessions");
                    v.cancelled = row.getString("cancelled");
                    return v;
                });
    }
}
