package org.ospo.summit.platform.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A POST or PUT without a body (a button that just declines, an approval without options) is read as JSON with no
 * content when the client named no type for it (none, or the text/plain or form defaults HTTP clients put on an empty body), so endpoints whose body is optional need no body-less twin and never answer 415.
 */
public class EmptyBodyAsJson {
    @ServerRequestFilter(preMatching = true)
    public void emptyBodyIsJson(ContainerRequestContext request) {
        boolean write = "POST".equals(request.getMethod()) || "PUT".equals(request.getMethod());
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        boolean empty = length == null ? !request.hasEntity() : "0".equals(length.trim());
        MediaType type = request.getMediaType();
        boolean unspecified = type == null
                || type.isCompatible(MediaType.TEXT_PLAIN_TYPE)
                || type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
        if (write && empty && unspecified) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
    }
}
