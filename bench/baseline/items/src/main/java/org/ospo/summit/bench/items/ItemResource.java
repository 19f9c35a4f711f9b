package org.ospo.summit.bench.items;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** A primary-key lookup with Panache reactive, answered as JSON: what a one-row read cannot do with less. */
@Path("/items")
public class ItemResource {

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @WithSession
    public Uni<Item> get(@PathParam("id") long id) {
        return Item.<Item>findById(id).onItem().ifNull().failWith(NotFoundException::new);
    }
}
