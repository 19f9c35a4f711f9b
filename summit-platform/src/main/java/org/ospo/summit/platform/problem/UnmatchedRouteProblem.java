package org.ospo.summit.platform.problem;

import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.ospo.summit.contracts.problem.Problem;
import org.ospo.summit.contracts.problem.ProblemType;

/** A request that no resource or Quarkus endpoint handled gets a problem+json 404, not an empty page. */
@ApplicationScoped
public class UnmatchedRouteProblem {
    void install(@Observes Router router) {
        router.route().order(Integer.MAX_VALUE).handler(ctx -> {
            if (ctx.response().ended()) {
                return;
            }
            Problem problem = new Problem(
                    ProblemType.NOT_FOUND,
                    404,
                    "No resource at " + ctx.request().method() + " " + ctx.normalizedPath(),
                    ctx.normalizedPath(),
                    null);
            ctx.response()
                    .setStatusCode(404)
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(Json.encode(RequestIds.stamp(ctx, problem)));
        });
    }
}
