package org.ospo.summit.gateway.security;

import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;
import org.ospo.summit.contracts.problem.ProblemType;
import org.ospo.summit.gateway.config.GatewayConfig;
import org.ospo.summit.gateway.proxy.CanonicalPath;
import org.ospo.summit.gateway.proxy.GatewayProblems;

/**
 * Fixed one-minute windows per client address on the public sign-in and RSVP-token endpoints (guessing tokens or
 * passwords is slow); over the limit → 429 with Retry-After. Counted on the canonical path the request will reach
 * ({@link CanonicalPath}: {@code /api/auth/login/} and {@code /api/auth/login;x=1} are {@code /api/auth/login}) and
 * per client as {@link ClientAddress} resolves it (forwarding headers only from trusted proxies). Per gateway
 * replica: n replicas allow n times the limit (docs/operations.md).
 */
@ApplicationScoped
public class RateLimiter {
    private static final long WINDOW_MS = 60_000;

    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();
    private final int loginPerMinute;
    private final int rsvpPerMinute;
    private final ClientAddress clients;

    public RateLimiter(GatewayConfig config, Vertx vertx, ClientAddress clients) {
        this.clients = clients;
        this.loginPerMinute = config.rateLimit().loginPerMinute();
        this.rsvpPerMinute = config.rateLimit().rsvpPerMinute();
        vertx.setPeriodic(WINDOW_MS, id -> {
            long now = System.currentTimeMillis();
            windows.values().removeIf(w -> now - w.start >= WINDOW_MS);
        });
    }

    public void check(RoutingContext ctx) {
        String path = CanonicalPath.of(ctx);
        int limit;
        String bucket;
        if (path.equals("/api/auth/login")) {
            limit = loginPerMinute;
            bucket = "login";
        } else if (path.startsWith("/api/rsvp/") || path.startsWith("/rsvp/")) {
            limit = rsvpPerMinute;
            bucket = "rsvp";
        } else {
            ctx.next();
            return;
        }
        String client = clients.of(ctx);
        long now = System.currentTimeMillis();
        Window window = windows.compute(
                bucket + "|" + client,
                (k, w) -> w == null || now - w.start >= WINDOW_MS
                        ? new Window(now, 1)
                        : new Window(w.start, w.count + 1));
        if (window.count > limit) {
            long retryAfter = Math.max(1, (window.start + WINDOW_MS - now + 999) / 1000);
            ctx.response().putHeader("Retry-After", Long.toString(retryAfter));
            GatewayProblems.send(
                    ctx,
                    429,
                    ProblemType.TOO_MANY_REQUESTS,
                    "At most " + limit + " requests a minute here; retry in " + retryAfter + " s");
            return;
        }
        ctx.next();
    }

    private record Window(long start, int count) {}
}
