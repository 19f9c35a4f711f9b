package org.ospo.summit.gateway.aggregate;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.ospo.summit.contracts.problem.ProblemType;
import org.ospo.summit.gateway.proxy.GatewayProblems;
import org.ospo.summit.gateway.security.BearerTokenGate;

/**
 * {@code GET /api/me/summit}: an attendee's invitation, profile with preparation, and agenda in one call. The three
 * services are asked at once with the caller's token; a service that is down, failing or too slow leaves its part
 * null and is named in {@code unavailable}, and the rest still comes back (200). A part the service does not have
 * yet (404, e.g. the attendee record moments after accepting) is null without being unavailable. Each part is asked of
 * its service's replicas as the proxy does: in turn, passing over one that refuses.
 */
@ApplicationScoped
public class MySummit {
    private static final Map<String, String> PARTS = new LinkedHashMap<>();

    static {
        PARTS.put("invitation", "/api/invitations/me");
        PARTS.put("attendee", "/api/attendees/me");
        PARTS.put("agenda", "/api/agenda/me");
    }

    private final ServiceCalls calls;

    public MySummit(ServiceCalls calls) {
        this.calls = calls;
    }

    /** After {@link BearerTokenGate#check}: a bad token never gets here, a missing one does. */
    public void serve(RoutingContext ctx) {
        JsonWebToken token = BearerTokenGate.verified(ctx);
        if (token == null) {
            ctx.response().putHeader("WWW-Authenticate", "Bearer");
            GatewayProblems.send(ctx, 401, ProblemType.UNAUTHORIZED, "Sign in as an attendee first");
            return;
        }
        if (!token.getGroups().contains("attendee")) {
            GatewayProblems.send(ctx, 403, ProblemType.FORBIDDEN, "Only attendees have a summit of their own");
            return;
        }
        String authorization = ctx.request().getHeader("Authorization");
        List<Future<ServiceCalls.Answer>> parts = new ArrayList<>();
        PARTS.forEach((name, path) -> parts.add(calls.get(ctx, name, path, authorization)));
        Future.join(parts).onComplete(done -> {
            boolean gone = parts.stream()
                    .map(Future::result)
                    .anyMatch(part -> part.service().equals("invitation") && part.status() == 410);
            if (gone) {
                // the invitation behind this token was revoked or erased: the token no longer opens anything
                GatewayProblems.send(
                        ctx,
                        410,
                        ProblemType.GONE,
                        "This attendee token no longer grants access: the invitation was revoked or erased");
                return;
            }
            JsonObject body = new JsonObject();
            JsonArray unavailable = new JsonArray();
            parts.forEach(f -> {
                ServiceCalls.Answer part = f.result();
                body.put(part.service(), part.value());
                if (part.unavailable()) {
                    unavailable.add(part.service());
                }
            });
            body.put("unavailable", unavailable);
            if (!ctx.response().ended() && !ctx.response().closed()) {
                TaggedJson.send(ctx, body.encode());
            }
        });
    }
}
