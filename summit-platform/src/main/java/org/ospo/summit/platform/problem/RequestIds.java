package org.ospo.summit.platform.problem;

import io.opentelemetry.api.trace.Span;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.ospo.summit.contracts.api.RequestIdHeader;
import org.ospo.summit.contracts.problem.Problem;

/**
 * The request's id in a service: the one the gateway forwarded ({@code X-Request-Id}), or a new one for a request
 * that came another way; echoed in the answer and written as {@code requestId} into every problem the service
 * sends, so the body a user reports names the log lines of its request.
 */
@ApplicationScoped
public class RequestIds {
    static final String KEY = "summit.requestId";

    void install(@Observes Router router) {
        router.route().order(-1_000).handler(ctx -> {
            String id = RequestIdHeader.keepOrMake(ctx.request().getHeader(RequestIdHeader.NAME));
            ctx.put(KEY, id);
            // every log line of the request names it, and so does its span (where tracing is on)
            MDC.put(RequestIdHeader.MEMBER, id);
            Span.current().setAttribute(RequestIdHeader.SPAN_ATTRIBUTE, id);
            ctx.response().putHeader(RequestIdHeader.NAME, id);
            ctx.next();
        });
    }

    /** every problem a resource or an exception mapper answers carries the id */
    @ServerResponseFilter
    public void stampProblems(ContainerResponseContext response, RoutingContext ctx) {
        if (response.getEntity() instanceof Problem problem) {
            stamp(ctx, problem);
        }
    }

    /** writes the request's id into the problem (once) and returns it */
    public static Problem stamp(RoutingContext ctx, Problem problem) {
        String id = ctx == null ? null : ctx.get(KEY);
        if (id != null && !problem.getExtensions().containsKey(RequestIdHeader.MEMBER)) {
            problem.with(RequestIdHeader.MEMBER, id);
        }
        return problem;
    }
}
