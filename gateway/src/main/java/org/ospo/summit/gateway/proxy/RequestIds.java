package org.ospo.summit.gateway.proxy;

import java.util.UUID;
import java.util.regex.Pattern;

import io.vertx.ext.web.RoutingContext;

/** X-Request-Id: kept when the client sent a sane one, otherwise made here; forwarded and echoed. */
public final class RequestIds {
    public static final String HEADER = "X-Request-Id";
    static final String KEY = "summit.requestId";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private RequestIds() {
    }

    public static void assign(RoutingContext ctx) {
        String given = ctx.request().getHeader(HEADER);
        String id = given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
        ctx.put(KEY, id);
        ctx.response().putHeader(HEADER, id);
        ctx.next();
    }

    public static String of(RoutingContext ctx) {
        return ctx.get(KEY);
    }
}
