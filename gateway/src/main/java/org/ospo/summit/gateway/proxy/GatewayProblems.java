package org.ospo.summit.gateway.proxy;

import org.ospo.summit.contracts.problem.Problem;

import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;

/** Errors the gateway answers itself, in the suite's problem+json shape. */
public final class GatewayProblems {
    private GatewayProblems() {
    }

    public static void send(RoutingContext ctx, int status, String slug, String title, String detail) {
        if (ctx.response().ended() || ctx.response().closed()) {
            return;
        }
        Problem problem = new Problem(slug, title, status, detail, ctx.normalizedPath(), null);
        String requestId = ctx.get(RequestIds.KEY);
        if (requestId != null) {
            problem.with("requestId", requestId);
        }
        ctx.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE).end(Json.encode(problem));
    }
}
