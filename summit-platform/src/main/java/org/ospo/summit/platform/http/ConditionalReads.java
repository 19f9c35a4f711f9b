package org.ospo.summit.platform.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.ospo.summit.contracts.api.EntityTag;
import org.ospo.summit.contracts.problem.Problem;

/**
 * Every JSON read answers an {@code ETag} (the digest of what it returns, {@link EntityTags}) and a {@code 304 Not
 * Modified} without a body when {@code If-None-Match} names it: a client polling a resource pays for the body only
 * when it changed. Answers that bring their own tag (the published agenda: its version) are left as they are.
 */
public class ConditionalReads {
    private final EntityTags tags;

    public ConditionalReads(EntityTags tags) {
        this.tags = tags;
    }

    @ServerResponseFilter
    public void tag(ContainerRequestContext request, ContainerResponseContext response) {
        String method = request.getMethod();
        Object entity = response.getEntity();
        if (!("GET".equals(method) || "HEAD".equals(method)) || response.getStatus() != 200 || entity == null
                || entity instanceof Problem || entity instanceof CharSequence || entity instanceof byte[]
                || response.getHeaders().containsKey(HttpHeaders.ETAG) || !isJson(response.getMediaType())) {
            return;
        }
        String tag = tags.of(entity);
        response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
        if (EntityTag.noneMatchHits(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag)) {
            response.setStatus(304);
            response.setEntity(null);
        }
    }

    private static boolean isJson(MediaType type) {
        return type == null || type.isCompatible(MediaType.APPLICATION_JSON_TYPE);
    }
}
