package org.ospo.summit.platform.http;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.ospo.summit.contracts.api.EntityTag;

/**
 * A representation written to JSON once, with its entity tag (the digest of those bytes, {@link EntityTags}): what a
 * read served from memory keeps, so that neither the body nor the tag is computed again per request. The answer is
 * the one {@link ConditionalReads} gives a JSON read: 200 with the tag, or 304 without a body when If-None-Match
 * names it.
 */
public record RenderedJson(byte[] bytes, String etag) {

    public static RenderedJson of(byte[] bytes) {
        return new RenderedJson(bytes, EntityTag.of(bytes));
    }

    public Response response(HttpHeaders request) {
        if (EntityTag.noneMatchHits(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).build();
        }
        return Response.ok(bytes, MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.ETAG, etag)
                .build();
    }
}
