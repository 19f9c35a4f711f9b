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
 * when it changed. The body is the bytes the tag was computed from (written once). Answers that bring their own tag
 * (the published agenda: its version; reads served from memory as {@link RenderedJson}) are left as they are.
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
        if (!("GET".equals(method) || "HEAD".equals(method))
                || response.getStatus() != 200
                || entity == null
                || entity instanceof Problem
                || entity instanceof CharSequence
                || entity instanceof byte[]
                || response.getHeaders().containsKey(HttpHeaders.ETAG)
                || !isJson(response.getMediaType())) {
            return;
        }
        RenderedJson json = tags.render(entity);
        response.getHeaders().putSingle(HttpHeaders.ETAG, json.etag());
        if (EntityTag.noneMatchHits(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), json.etag())) {
            response.setStatus(304);
            response.setEntity(null);
        } else {
            // the bytes the tag was computed from are the body: the representation is written to JSON once
            MediaType type = response.getMediaType();
            response.setEntity(
                    json.bytes(),
                    response.getEntityAnnotations(),
                    type != null ? type : MediaType.APPLICATION_JSON_TYPE);
        }
    }

    private static boolean isJson(MediaType type) {
        return type == null || type.isCompatible(MediaType.APPLICATION_JSON_TYPE);
    }
}
