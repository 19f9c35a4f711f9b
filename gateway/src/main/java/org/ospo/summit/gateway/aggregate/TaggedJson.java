package org.ospo.summit.gateway.aggregate;

import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import org.ospo.summit.contracts.api.EntityTag;

/**
 * The gateway's own JSON answers as the services answer theirs: an ETag (a digest of the body) and 304 without a
 * body when If-None-Match names it, so a client polling "my summit" pays for the body only when it changed.
 */
final class TaggedJson {
    private TaggedJson() {}

    static void send(RoutingContext ctx, String body) {
        String tag = EntityTag.of(body.getBytes(StandardCharsets.UTF_8));
        // personal figures: no shared or browser cache keeps them; the client holds the body and the tag itself
        ctx.response()
                .putHeader("Content-Type", "application/json")
                .putHeader("Cache-Control", "private, no-store")
                .putHeader("ETag", tag);
        if (EntityTag.noneMatchHits(ctx.request().getHeader("If-None-Match"), tag)) {
            ctx.response().setStatusCode(304).end();
        } else {
            ctx.response().end(body);
        }
    }
}
