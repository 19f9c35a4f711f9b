package org.ospo.summit.gateway.security;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.ospo.summit.contracts.problem.ProblemType;
import org.ospo.summit.contracts.security.TokenRules;
import org.ospo.summit.contracts.security.VerifiedTokenMemo;
import org.ospo.summit.gateway.proxy.GatewayProblems;

/**
 * Verifies a bearer token before a request travels further (signature, issuer, audience, expiry, lifetime, issue
 * time): a bad token is a 401 here.
 * Requests without a token pass; the owning service decides whether its endpoint is public.
 */
@ApplicationScoped
public class BearerTokenGate {
    private static final String VERIFIED = "summit.verified-token";

    private final JWTParser parser;
    /** tokens verified before, until they expire: a client's next request skips the signature check */
    private final VerifiedTokenMemo<JsonWebToken> verified =
            new VerifiedTokenMemo<>(4096, JsonWebToken::getExpirationTime);

    public BearerTokenGate(JWTParser parser) {
        this.parser = parser;
    }

    public void check(RoutingContext ctx) {
        String authorization = ctx.request().getHeader("Authorization");
        if (authorization == null) {
            ctx.next();
            return;
        }
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            unauthorized(ctx, "Only bearer tokens are accepted (Authorization: Bearer <JWT>)");
            return;
        }
        try {
            JsonWebToken token = verified.verified(authorization.substring(7).trim(), parser::parse);
            // as the services' TokenTimes: issued, and not in the future (SmallRye bounds lifetime and expiry)
            if (!TokenRules.issuedInThePast(token.getIssuedAtTime(), java.time.Instant.now())) {
                unauthorized(ctx, "The bearer token is invalid or expired");
                return;
            }
            ctx.put(VERIFIED, token);
            ctx.next();
        } catch (ParseException e) {
            unauthorized(ctx, "The bearer token is invalid or expired");
        }
    }

    /** The token {@link #check} verified for this request, or null when the request came without one. */
    public static JsonWebToken verified(RoutingContext ctx) {
        return ctx.get(VERIFIED);
    }

    private static void unauthorized(RoutingContext ctx, String detail) {
        ctx.response().putHeader("WWW-Authenticate", "Bearer");
        GatewayProblems.send(ctx, 401, ProblemType.UNAUTHORIZED, detail);
    }
}
