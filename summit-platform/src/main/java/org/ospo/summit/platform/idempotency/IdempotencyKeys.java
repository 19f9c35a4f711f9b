package org.ospo.summit.platform.idempotency;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;
import org.jboss.logging.Logger;
import org.ospo.summit.contracts.problem.Problem;
import org.ospo.summit.contracts.problem.ProblemType;
import org.ospo.summit.platform.problem.RequestIds;
import org.ospo.summit.platform.security.Sha256;

/**
 * {@code Idempotency-Key} on writes (docs/api.md), before the REST layer: the first request with a key runs and
 * its answer is stored (by {@link IdempotencyResponses}); a retry with the same key and the same method, path and body
 * gets that answer again ({@code Idempotent-Replayed: true}) without a second effect; the same key with a different
 * request is a 422; a retry while the first still runs is a 409 with {@code Retry-After}. Keys belong to whoever sent
 * them (the signed-in subject), so two clients cannot collide. Only signed-in requests are keyed: an anonymous one
 * (sign-in, the RSVP link's own endpoints, which are idempotent by design) writes nothing before it is checked.
 */
@ApplicationScoped
public class IdempotencyKeys {
    public static final String HEADER = "Idempotency-Key";
    /** set here on a claimed request, read by the response filter; a client's own value is removed */
    static final String CLAIM = "X-Summit-Idempotency-Claim";

    private static final Logger LOG = Logger.getLogger(IdempotencyKeys.class);
    private static final Set<HttpMethod> WRITES =
            Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    private final IdempotencyStore store;
    private final JWTParser tokens;
    private final BodyHandler body = BodyHandler.create(false).setBodyLimit(1024 * 1024);

    public IdempotencyKeys(IdempotencyStore store, JWTParser tokens) {
        this.store = store;
        this.tokens = tokens;
    }

    void install(@Observes Router router) {
        router.route("/api/*")
                .order(-5)
                .handler(ctx -> {
                    ctx.request().headers().remove(CLAIM);
                    if (keyed(ctx)) {
                        body.handle(ctx);
                    } else {
                        ctx.next();
                    }
                })
                .handler(this::check);
    }

    private static boolean keyed(RoutingContext ctx) {
        return WRITES.contains(ctx.request().method()) && ctx.request().getHeader(HEADER) != null;
    }

    private void check(RoutingContext ctx) {
        if (!keyed(ctx)) {
            ctx.next();
            return;
        }
        String key = ctx.request().getHeader(HEADER).trim();
        if (key.isEmpty() || key.length() > 200 || !key.chars().allMatch(c -> c > 32 && c < 127)) {
            problem(
                    ctx,
                    400,
                    ProblemType.INVALID_IDEMPOTENCY_KEY,
                    "An Idempotency-Key is 1 to 200 visible ASCII characters, e.g. a UUID");
            return;
        }
        String scope = scope(ctx.request().getHeader("Authorization"));
        if (scope == null) {
            ctx.next(); // anonymous or not a valid token: nothing to remember (the REST layer answers 401 if needed)
            return;
        }
        byte[] bytes = ctx.body() == null || ctx.body().buffer() == null
                ? new byte[0]
                : ctx.body().buffer().getBytes();
        String fingerprint =
                Sha256.hex(ctx.request().method() + " " + ctx.request().uri() + "\n", bytes);
        Context context = Vertx.currentContext();
        store.claim(scope, key, fingerprint)
                .subscribe()
                .with(
                        stored -> context.runOnContext(v -> {
                            if (stored == null) {
                                ctx.request().headers().set(CLAIM, scope + " " + key);
                                ctx.next();
                            } else if (!stored.fingerprint().equals(fingerprint)) {
                                problem(
                                        ctx,
                                        422,
                                        ProblemType.IDEMPOTENCY_KEY_REUSED,
                                        "This Idempotency-Key was used for a different request; use a new key for a new request");
                            } else if (stored.status() == null) {
                                ctx.response().putHeader("Retry-After", "1");
                                problem(
                                        ctx,
                                        409,
                                        ProblemType.IDEMPOTENCY_KEY_IN_USE,
                                        "The first request with this Idempotency-Key is still running; retry shortly");
                            } else {
                                replay(ctx, stored);
                            }
                        }),
                        failure -> context.runOnContext(v -> {
                            LOG.warnf("Idempotency-Key check failed: %s", failure.toString());
                            ctx.response().putHeader("Retry-After", Problem.RETRY_AFTER_UNAVAILABLE);
                            problem(
                                    ctx,
                                    503,
                                    ProblemType.SERVICE_UNAVAILABLE,
                                    "Cannot check the Idempotency-Key right now");
                        }));
    }

    /** Whose key it is: the verified token's subject (a refreshed token keeps it); null without a valid token. */
    private String scope(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        try {
            return Sha256.hex(
                    "sub:" + tokens.parse(authorization.substring(7).trim()).getSubject());
        } catch (ParseException e) {
            return null;
        }
    }

    private static void replay(RoutingContext ctx, IdempotencyStore.Stored stored) {
        var response = ctx.response().setStatusCode(stored.status()).putHeader("Idempotent-Replayed", "true");
        if (stored.contentType() != null) {
            response.putHeader("Content-Type", stored.contentType());
        }
        if (stored.location() != null) {
            response.putHeader("Location", stored.location());
        }
        response.end(io.vertx.core.buffer.Buffer.buffer(stored.body()));
    }

    private static void problem(RoutingContext ctx, int status, ProblemType type, String detail) {
        ctx.response()
                .setStatusCode(status)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(Json.encode(RequestIds.stamp(ctx, new Problem(type, status, detail, ctx.normalizedPath(), null))));
    }
}
