package org.ospo.summit.bench.hello;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The least a Quarkus REST endpoint does: route, write a small JSON object, answer. */
@Path("/hello")
public class HelloResource {
    public record Greeting(String message) {
    }

    private static final Greeting HELLO = new Greeting("hello");

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Greeting hello() {
        return HELLO;
    }
}
