package org.ospo.summit.agenda.repository;

import jakarta.enterprise.context.ApplicationScoped;

import org.ospo.summit.agenda.model.AgendaVersion;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class AgendaVersionRepository implements PanacheRepositoryBase<AgendaVersion, Integer> {

    /** The newest published version, or null before the first publication. */
    public Uni<AgendaVersion> latest() {
        return findAll(Sort.descending("version")).firstResult();
    }
}
