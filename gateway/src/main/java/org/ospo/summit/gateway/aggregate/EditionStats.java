package org.ospo.summit.gateway.aggregate;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.ospo.summit.contracts.problem.Problem;
import org.ospo.summit.contracts.problem.ProblemType;
import org.ospo.summit.gateway.proxy.GatewayProblems;
import org.ospo.summit.gateway.security.BearerTokenGate;

/**
 * {@code GET /api/summits/{id}/stats} (organizers): an edition in figures, with the edition before it beside — the
 * invitations by status and the acceptance rate (invitation-service), how far the attendees prepared
 * (attendee-service), the published sessions and the registrations (agenda-service). The services are asked at once
 * with the caller's token; a service that does not answer leaves its part null and is named in {@code unavailable}.
 * The previous edition is the one listed after it in GET /api/summits (newest first).
 */
@ApplicationScoped
public class EditionStats {
    private final ServiceCalls calls;

    public EditionStats(ServiceCalls calls) {
        this.calls = calls;
    }

    /** After {@link BearerTokenGate#check}: a bad token never gets here, a missing one does. */
    public void serve(RoutingContext ctx) {
        JsonWebToken token = BearerTokenGate.verified(ctx);
        if (token == null) {
            ctx.response().putHeader("WWW-Authenticate", "Bearer");
            GatewayProblems.send(ctx, 401, ProblemType.UNAUTHORIZED, "Sign in as an organizer first");
            return;
        }
        if (!token.getGroups().contains("organizer")) {
            GatewayProblems.send(ctx, 403, ProblemType.FORBIDDEN, "Only organizers see an edition's figures");
            return;
        }
        int id;
        try {
            id = Integer.parseInt(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            GatewayProblems.send(ctx, 404, ProblemType.NOT_FOUND, "Summit " + ctx.pathParam("id") + " does not exist");
            return;
        }
        String authorization = ctx.request().getHeader("Authorization");
        calls.get(ctx, "invitation", "/api/summits", null).onComplete(listed -> {
            ServiceCalls.Answer answer = listed.result();
            if (!(answer.value() instanceof JsonArray editions)) {
                ctx.response().putHeader("Retry-After", Problem.RETRY_AFTER_UNAVAILABLE);
                GatewayProblems.send(
                        ctx,
                        503,
                        ProblemType.SERVICE_UNAVAILABLE,
                        "invitation-service, which knows the editions, did not answer; try again shortly");
                return;
            }
            int index = indexOf(editions, id);
            if (index < 0) {
                GatewayProblems.send(ctx, 404, ProblemType.NOT_FOUND, "Summit " + id + " does not exist");
                return;
            }
            JsonObject edition = editions.getJsonObject(index);
            JsonObject previous = index + 1 < editions.size() ? editions.getJsonObject(index + 1) : null;
            Set<String> unavailable = new TreeSet<>();
            Future<JsonObject> mine = figures(ctx, edition, authorization, unavailable);
            Future<JsonObject> before = previous == null
                    ? Future.succeededFuture(null)
                    : figures(ctx, previous, authorization, unavailable);
            Future.join(mine, before).onComplete(done -> {
                JsonObject body = new JsonObject()
                        .put("edition", summary(edition))
                        .put("figures", mine.result())
                        .put(
                                "previous",
                                previous == null
                                        ? null
                                        : new JsonObject()
                                                .put("edition", summary(previous))
                                                .put("figures", before.result()))
                        .put("unavailable", new JsonArray(new ArrayList<>(unavailable)));
                if (!ctx.response().ended() && !ctx.response().closed()) {
                    TaggedJson.send(ctx, body.encode());
                }
            });
        });
    }

    /** The three services' figures of one edition; an unavailable service's part is null and named. */
    private Future<JsonObject> figures(
            RoutingContext ctx, JsonObject edition, String authorization, Set<String> unavailable) {
        String query = "?summit=" + edition.getInteger("id");
        List<Future<ServiceCalls.Answer>> parts = List.of(
                calls.get(ctx, "invitation", "/api/invitations/stats" + query, authorization),
                calls.get(ctx, "attendee", "/api/attendees/stats" + query, authorization),
                calls.get(ctx, "agenda", "/api/agenda/stats" + query, authorization));
        return Future.join(new ArrayList<>(parts)).map(done -> {
            JsonObject figures = new JsonObject();
            String[] names = {"invitations", "attendees", "agenda"};
            for (int i = 0; i < parts.size(); i++) {
                ServiceCalls.Answer part = parts.get(i).result();
                if (part.unavailable()) {
                    synchronized (unavailable) {
                        unavailable.add(part.service());
                    }
                }
                figures.put(names[i], part.value());
            }
            if (figures.getValue("invitations") instanceof JsonObject invitations) {
                invitations.put("acceptanceRate", acceptanceRate(invitations));
            }
            return figures;
        });
    }

    /**
     * Of the invitations that went out (all but drafts), the share whose invitee said yes: holds a seat (ACCEPTED) or
     * waits for one (WAITLISTED). Null while none went out. Three decimals.
     */
    static Double acceptanceRate(JsonObject invitations) {
        JsonObject byStatus = invitations.getJsonObject("byStatus");
        if (byStatus == null) {
            return null;
        }
        long sent = invitations.getLong("total", 0L) - byStatus.getLong("DRAFT", 0L);
        long yes = byStatus.getLong("ACCEPTED", 0L) + byStatus.getLong("WAITLISTED", 0L);
        return sent <= 0 ? null : Math.round(1000.0 * yes / sent) / 1000.0;
    }

    private static JsonObject summary(JsonObject edition) {
        return new JsonObject()
                .put("id", edition.getValue("id"))
                .put("name", edition.getValue("name"))
                .put("year", edition.getValue("year"))
                .put("status", edition.getValue("status"))
                .put("current", edition.getValue("current"));
    }

    private static int indexOf(JsonArray editions, int id) {
        for (int i = 0; i < editions.size(); i++) {
            if (editions.getJsonObject(i).getInteger("id") == id) {
                return i;
            }
        }
        return -1;
    }
}
