package org.ospo.summit.bench.items;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * A primary-key lookup with Panache reactive, answered as JSON: what a one-row read cannot do with less; and the same
 * for a bearer of an attendee token (SmallRye JWT as it comes, RS256 verified on every request), the "what
 * the baseline does plus a JWT check".
 */
@Path("/items/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class ItemResource {

    @GET
    @WithSession
    public Uni<Item> get(@PathParam("id") long id) {
        return Item.<Item>findById(id).onItem().ifNull().failWith(NotFoundException::new);
    }

    @GET
    @Path("/signed")
    @RolesAllowed("attendee")
    @WithSession
    public Uni<Item> signed(@PathParam("id") long id) {
        return Item.<Item>findById(id).onItem().ifNull().failWith(NotFoundException::new);
    }
}
