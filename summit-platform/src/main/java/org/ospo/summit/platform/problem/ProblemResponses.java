package org.ospo.summit.platform.problem;

import jakarta.ws.rs.core.Response;
import org.ospo.summit.contracts.problem.Problem;

/** Builds problem+json responses the same way for mappers and resources. */
public final class ProblemResponses {
    private ProblemResponses() {}

    public static Response build(Response.ResponseBuilder builder, Problem problem) {
        return builder.status(problem.getStatus())
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .build();
    }
}
