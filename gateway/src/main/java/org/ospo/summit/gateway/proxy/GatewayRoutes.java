package org.ospo.summit.gateway.proxy;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.ospo.summit.contracts.problem.ProblemType;
import org.ospo.summit.gateway.aggregate.EditionStats;
import org.ospo.summit.gateway.aggregate.MySummit;
import org.ospo.summit.gateway.config.GatewayConfig;
import org.ospo.summit.gateway.metrics.MetricRoutes;
import org.ospo.summit.gateway.openapi.SuiteOpenApi;
import org.ospo.summit.gateway.security.BearerTokenGate;
import org.ospo.summit.gateway.security.CorsPolicy;
import org.ospo.summit.gateway.security.RateLimiter;
import org.ospo.summit.gateway.security.SecurityHeaders;

/**
 * The gateway's routes: /api/** and /rsvp/** through body (bounded; read only when there is one) → request id →
 * metrics label → rate limit → JWT → proxy, and GET /api/me/summit, which the gateway answers itself from the three
 * services. Under /q/ only the suite's OpenAPI document and Swagger UI are served; health and metrics live on the
 * management port, which is never routed here.
 */
@ApplicationScoped
public class GatewayRoutes {
    private final RouteTable routes;
    private final ReverseProxy proxy;
    private final BearerTokenGate tokens;
    private final RateLimiter rateLimiter;
    private final SuiteOpenApi openApi;
    private final MySummit mySummit;
    private final EditionStats editionStats;
    private final GatewayConfig config;
    private final MetricRoutes metricRoutes;
    private final SecurityHeaders securityHeaders;
    private final CorsPolicy cors;
    private final ProblemPages problemPages;

    public GatewayRoutes(
            RouteTable routes,
            ReverseProxy proxy,
            BearerTokenGate tokens,
            RateLimiter rateLimiter,
            SuiteOpenApi openApi,
            MySummit mySummit,
            EditionStats editionStats,
            GatewayConfig config,
            MetricRoutes metricRoutes,
            SecurityHeaders securityHeaders,
            CorsPolicy cors,
            ProblemPages problemPages) {
        this.problemPages = problemPages;
        this.editionStats = editionStats;
        this.metricRoutes = metricRoutes;
        this.securityHeaders = securityHeaders;
        this.cors = cors;
        this.routes = routes;
        this.proxy = proxy;
        this.tokens = tokens;
        this.rateLimiter = rateLimiter;
        this.openApi = openApi;
        this.mySummit = mySummit;
        this.config = config;
    }

    void install(@Observes Router router) {
        router.route().order(-300).handler(securityHeaders::add);
        router.route().order(-250).handler(cors::check);
        router.route().order(-240).handler(this::boundedUri);
        // whatever fails or matches nothing still answers problem+json (Vert.x would send HTML or an empty body)
        router.route()
                .order(-400)
                .failureHandler(ctx -> GatewayProblems.failed(ctx, ctx.statusCode() >= 400 ? ctx.statusCode() : 500));
        for (int status : new int[] {400, 404, 405, 413, 414, 415, 431, 500}) {
            router.errorHandler(status, ctx -> GatewayProblems.failed(ctx, status));
        }
        router.route()
                .order(Integer.MAX_VALUE - 1)
                .handler(ctx -> GatewayProblems.send(
                        ctx,
                        404,
                        ProblemType.NOT_FOUND,
                        "Nothing is served at this path; the API is under /api, its description at /q/openapi"));
        router.route("/q/*")
                .order(-100)
                .handler(RequestIds::assign)
                .handler(metricRoutes::label)
                .handler(GatewayRoutes::onlyPublicOperationsEndpoints);
        router.get("/q/openapi").order(-10).handler(openApi::serve);
        router.head("/q/openapi").order(-10).handler(openApi::serve); // the headers alone (a client checking for it)
        // what a problem's type points to: a page per kind of problem (ProblemType)
        router.get("/problems").order(-20).handler(problemPages::all);
        router.get("/problems/:slug").order(-20).handler(problemPages::one);
        // answered here, from the three services at once (docs/api.md; an edition's figures)
        router.get("/api/me/summit")
                .order(-20)
                .handler(RequestIds::assign)
                .handler(metricRoutes::label)
                .handler(tokens::check)
                .handler(mySummit::serve);
        router.get("/api/summits/:id/stats")
                .order(-20)
                .handler(RequestIds::assign)
                .handler(metricRoutes::label)
                .handler(tokens::check)
                .handler(editionStats::serve);
        BodyHandler bodies = BodyHandler.create(false).setBodyLimit(config.bodyLimitBytes());
        for (String path : new String[] {"/api/*", "/rsvp/*"}) {
            router.route(path)
                    .order(-10)
                    .handler(ctx -> readBody(ctx, bodies))
                    .handler(RequestIds::assign)
                    .handler(metricRoutes::label)
                    .handler(rateLimiter::check)
                    .handler(tokens::check)
                    .handler(this::forward);
        }
    }

    /** The body is read (and bounded) only when the request has one: most requests are bodyless GETs. */
    private static void readBody(RoutingContext ctx, BodyHandler bodies) {
        HttpServerRequest request = ctx.request();
        boolean bodyless = request.version() != HttpVersion.HTTP_2
                && !request.headers().contains(HttpHeaders.CONTENT_LENGTH)
                && !request.headers().contains(HttpHeaders.TRANSFER_ENCODING);
        if (bodyless) {
            ctx.next();
        } else {
            bodies.handle(ctx);
        }
    }

    private void forward(RoutingContext ctx) {
        String path = CanonicalPath.of(ctx);
        routes.resolve(path)
                .ifPresentOrElse(
                        upstream -> proxy.forward(ctx, upstream),
                        () -> GatewayProblems.send(
                                ctx,
                                404,
                                ProblemType.NOT_FOUND,
                                "No service answers " + ctx.request().method() + " " + path));
    }

    private void boundedUri(RoutingContext ctx) {
        if (ctx.request().uri().length() > config.maxUriLength()) {
            GatewayProblems.failed(ctx, 414);
            return;
        }
        long headerBytes = 0;
        for (var header : ctx.request().headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headerBytes > config.maxHeaderBytes()) {
            GatewayProblems.failed(ctx, 431);
            return;
        }
        ctx.next();
    }

    /** /q/openapi and /q/swagger-ui pass; anything else under /q/ is not the public's business. */
    private static void onlyPublicOperationsEndpoints(RoutingContext ctx) {
        String path = CanonicalPath.of(ctx);
        if (path.equals("/q/openapi") || path.equals("/q/swagger-ui") || path.startsWith("/q/swagger-ui/")) {
            ctx.next();
        } else {
            GatewayProblems.send(
                    ctx,
                    404,
                    ProblemType.NOT_FOUND,
                    "Only /q/openapi and /q/swagger-ui are served here; health and metrics are on the management port");
        }
    }
}
