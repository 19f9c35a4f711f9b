package org.ospo.summit.gateway.proxy;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.vertx.ext.web.RoutingContext;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.ospo.summit.contracts.api.RequestIdHeader;
import org.ospo.summit.gateway.metrics.MetricRoutes;

/**
 * X-Request-Id: kept when the client sent a sane one, otherwise made here; forwarded and echoed. Where the logger
 * {@code summit.access} is at INFO (./summit up; off by default, it costs throughput), each request leaves one access
 * line (method, route template, status, time, request id and, with tracing on, trace id), the line
 * {@code ./summit trace} starts from; never a raw path, so never a token.
 */
public final class RequestIds {
    public static final String HEADER = RequestIdHeader.NAME;
    static final String KEY = "summit.requestId";

    private static final Logger ACCESS = Logger.getLogger("summit.access");

    private RequestIds() {}

    public static void assign(RoutingContext ctx) {
        String id = RequestIdHeader.keepOrMake(ctx.request().getHeader(HEADER));
        ctx.put(KEY, id);
        // every log line of the request names it, and so does its span (where tracing is on)
        MDC.put(RequestIdHeader.MEMBER, id);
        SpanContext span = Span.current().getSpanContext();
        Span.current().setAttribute(RequestIdHeader.SPAN_ATTRIBUTE, id);
        ctx.response().putHeader(HEADER, id);
        if (ACCESS.isInfoEnabled()) {
            long started = System.nanoTime();
            String trace = span.isValid() ? span.getTraceId() : "-";
            ctx.addEndHandler(done -> ACCESS.infof(
                    "%s %s %d %d ms request %s trace %s",
                    ctx.request().method(),
                    MetricRoutes.routeOf(ctx),
                    ctx.response().getStatusCode(),
                    (System.nanoTime() - started) / 1_000_000,
                    id,
                    trace));
        }
        ctx.next();
    }

    public static String of(RoutingContext ctx) {
        return ctx.get(KEY);
    }
}
