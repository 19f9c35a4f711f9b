package org.ospo.summit.invitation.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Answers that carry or reveal a credential — sign-in, the RSVP link's endpoints (attendee tokens, the invitee's
 * name) — are never stored by a browser or a shared cache ({@code Cache-Control: no-store}).
 */
public class NoStore {
    @ServerResponseFilter
    public void noStore(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (path.startsWith("/api/auth/") || path.startsWith("/api/rsvp/")) {
            response.getHeaders().putSingle("Cache-Control", "no-store");
        }
    }
}
