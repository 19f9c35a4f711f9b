package org.ospo.summit.gateway.proxy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.ospo.summit.gateway.aggregate.MySummit;
import org.ospo.summit.gateway.config.GatewayConfig;
import org.ospo.summit.gateway.openapi.SuiteOpenApi;
import org.ospo.summit.gateway.security.BearerTokenGate;
import org.ospo.summit.gateway.security.RateLimiter;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * The gateway's routes: /api/** and /rsvp/** through body (bounded) → request id → rate limit → JWT → proxy, and
 * GET /api/me/summit, which the gateway answers itself from the three services.
 */
@ApplicationScoped
public class GatewayRoutes {
    private final RouteTable routes;
    private final ReverseProxy proxy;
    private final BearerTokenGate tokens;
    private final RateLimiter rateLimiter;
    private final SuiteOpenApi openApi;
    private final MySummit mySummit;
    private final GatewayConfig config;

    public GatewayRoutes(RouteTable routes, ReverseProxy proxy, BearerTokenGate tokens, RateLimiter rateLimiter,
            SuiteOpenApi openApi, MySummit mySummit, GatewayConfig config) {
        this.routes = routes;
        this.proxy = proxy;
        this.tokens = tokens;
        this.rateLimiter = rateLimiter;
        this.openApi = openApi;
        this.mySummit = mySummit;
        this.config = config;
    }

    void install(@Observes Router router) {
        router.get("/q/openapi").order(-10).handler(openApi::serve);
        // answered here, from the three services at once (contract section 6)
        router.get("/api/me/summit").order(-20).handler(RequestIds::assign).handler(tokens::check)
                .handler(mySummit::serve);
        for (String path : new String[] { "/api/*", "/rsvp/*" }) {
            router.route(path).order(-10)
                    .handler(BodyHandler.create(false).setBodyLimit(config.bodyLimitBytes()))
                    .handler(RequestIds::assign)
                    .handler(rateLimiter::check)
                    .handler(tokens::check)
                    .handler(this::forward);
        }
    }

    private void forward(RoutingContext ctx) {
        routes.resolve(ctx.normalizedPath()).ifPresentOrElse(upstream -> proxy.forward(ctx, upstream),
                () -> GatewayProblems.send(ctx, 404, "not-found", "Not found",
                        "No service answers " + ctx.request().method() + " " + ctx.normalizedPath()));
    }
}
