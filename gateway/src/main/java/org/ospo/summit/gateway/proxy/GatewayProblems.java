package org.ospo.summit.gateway.proxy;

import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;
import org.ospo.summit.contracts.api.RequestIdHeader;
import org.ospo.summit.contracts.problem.Problem;
import org.ospo.summit.contracts.problem.ProblemType;

/** Errors the gateway answers itself, in the suite's problem+json shape. */
public final class GatewayProblems {
    private GatewayProblems() {}

    /** The answer to a request that failed inside the router (too large, unmatched method, a bug) with this status. */
    public static void failed(RoutingContext ctx, int status) {
        String detail = switch (status) {
            case 413 -> "The request body is larger than this gateway accepts";
            case 414 -> "The request URI is longer than this gateway accepts";
            case 431 -> "The request headers are larger than this gateway accepts";
            case 404 -> "Nothing is served at this path";
            case 405 -> "This method is not allowed here";
            case 415 -> "This media type is not accepted here";
            case 400 -> "The request is malformed";
            default -> status >= 500 ? "The gateway could not handle this request" : "The request was refused";
        };
        send(ctx, status, ProblemType.forStatus(status), detail);
    }

    public static void send(RoutingContext ctx, int status, ProblemType type, String detail) {
        if (ctx.response().ended() || ctx.response().closed()) {
            return;
        }
        Problem problem = new Problem(type, status, detail, null, null);
        String requestId = ctx.get(RequestIds.KEY);
        if (requestId == null) { // refused before the request was given its id (CORS, an oversized URI)
            requestId = RequestIdHeader.keepOrMake(ctx.request().getHeader(RequestIds.HEADER));
            ctx.response().putHeader(RequestIds.HEADER, requestId);
        }
        problem.with(RequestIdHeader.MEMBER, requestId);
        ctx.response()
                .setStatusCode(status)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(Json.encode(problem));
    }
}
