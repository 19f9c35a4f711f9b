package org.ospo.summit.gateway.proxy;

import io.vertx.ext.web.RoutingContext;
import org.ospo.summit.contracts.api.RequestIdHeader;

/** X-Request-Id: kept when the client sent a sane one, otherwise made here; forwarded and echoed. */
public final class RequestIds {
    public static final String HEADER = RequestIdHeader.NAME;
    static final String KEY = "summit.requestId";

    private RequestIds() {}

    public static void assign(RoutingContext ctx) {
        String id = RequestIdHeader.keepOrMake(ctx.request().getHeader(HEADER));
        ctx.put(KEY, id);
        ctx.response().putHeader(HEADER, id);
        ctx.next();
    }

    public static String of(RoutingContext ctx) {
        return ctx.get(KEY);
    }
}
