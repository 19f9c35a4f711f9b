package org.ospo.summit.agenda.repository;

import jakarta.enterprise.context.ApplicationScoped;

import org.ospo.summit.agenda.model.AgendaVersion;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class AgendaVersionRepository implements PanacheRepositoryBase<AgendaVersion, AgendaVersion.Key> {

    /** An edition's newest published version, or null before its first publication. */
    public Uni<AgendaVersion> latest(int summitId) {
        return find("summitId", Sort.descending("version"), summitId).firstResult();
    }
}
