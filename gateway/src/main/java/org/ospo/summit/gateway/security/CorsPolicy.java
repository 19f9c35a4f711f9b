package org.ospo.summit.gateway.security;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ospo.summit.contracts.problem.ProblemType;
import org.ospo.summit.gateway.config.GatewayConfig;
import org.ospo.summit.gateway.proxy.GatewayProblems;

/**
 * CORS for the frontend origins of {@code summit.gateway.cors.origins} (none unless configured: the production
 * default). Same-origin requests (Swagger UI on the gateway) pass; an allowed origin gets the CORS headers and its
 * preflights a 204 cached for 10 minutes ({@code Access-Control-Max-Age}); any other origin a 403 problem+json that
 * names the reason. With origins configured, every answer says {@code Vary: Origin}, also one to a request without
 * an Origin: a shared cache must not hand an answer without CORS headers to a cross-origin page. No credentials: the
 * API takes bearer tokens, not cookies.
 */
@ApplicationScoped
public class CorsPolicy {
    private static final String METHODS = "GET, POST, PUT, DELETE, OPTIONS";
    private static final String HEADERS =
            "Authorization, Content-Type, Idempotency-Key, X-Request-Id, If-None-Match, " + "If-Match";
    // what a frontend reads: the new resource, the request's id, when to retry, the tag to send back, the page links
    private static final String EXPOSED = "Location, X-Request-Id, Retry-After, ETag, Idempotent-Replayed, Link";

    private final Set<String> origins;

    public CorsPolicy(GatewayConfig config) {
        this.origins = config.cors().origins().orElse(List.of()).stream()
                .map(String::trim)
                .filter(o -> !o.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    public void check(RoutingContext ctx) {
        if (!origins.isEmpty()) {
            ctx.response().putHeader("Vary", "Origin");
        }
        String origin = ctx.request().getHeader("Origin");
        if (origin == null || sameOrigin(ctx, origin)) {
            ctx.next();
            return;
        }
        boolean preflight = ctx.request().method() == HttpMethod.OPTIONS
                && ctx.request().getHeader("Access-Control-Request-Method") != null;
        if (!origins.contains(origin)) {
            GatewayProblems.send(
                    ctx,
                    403,
                    ProblemType.CORS_ORIGIN_NOT_ALLOWED,
                    "Cross-origin requests are accepted only from the deployment's frontend origins");
            return;
        }
        ctx.response().putHeader("Access-Control-Allow-Origin", origin);
        if (preflight) {
            ctx.response()
                    .setStatusCode(204)
                    .putHeader("Access-Control-Allow-Methods", METHODS)
                    .putHeader("Access-Control-Allow-Headers", HEADERS)
                    .putHeader("Access-Control-Max-Age", "600")
                    .end();
            return;
        }
        ctx.response().putHeader("Access-Control-Expose-Headers", EXPOSED);
        ctx.next();
    }

    private static boolean sameOrigin(RoutingContext ctx, String origin) {
        String host = ctx.request().getHeader("Host");
        return host != null && (origin.equals("http://" + host) || origin.equals("https://" + host));
    }
}
