package org.ospo.summit.agenda.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.ospo.summit.contracts.api.EntityTag;

/**
 * Conditional GET for published data: a version never changes, so its ETag is its number; a client that sends it
 * back in If-None-Match gets 304 without a body. Clients revalidate every time (no-cache), so a new version shows at
 * once.
 */
final class Conditional {
    static final String CACHE_CONTROL = "public, no-cache";

    private Conditional() {}

    /** 304 when If-None-Match names this ETag (or is *), else null: build the full response. */
    static Response notModified(HttpHeaders headers, String etag) {
        if (!EntityTag.noneMatchHits(headers.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            return null;
        }
        return Response.notModified()
                .header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .build();
    }

    static Response ok(Object entity, String type, String etag) {
        return Response.ok(entity, type)
                .header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .build();
    }
}
