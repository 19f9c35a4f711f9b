package org.ospo.summit.platform.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ospo.summit.contracts.problem.Problem;

/** Thrown by services for an expected failure; rendered as problem+json with its status by {@link ProblemMappers}. */
public class ProblemException extends RuntimeException {
    private final int status;
    private final String slug;
    private final String title;
    private final Map<String, Object> extensions = new LinkedHashMap<>();
    private List<Problem.Violation> violations = List.of();

    public ProblemException(int status, String slug, String title, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "bad-request", "Bad request", detail);
    }

    /** 400 for one field of the input, reported like Bean Validation failures ({@code violations}). */
    public static ProblemException invalid(String field, String message) {
        ProblemException e = new ProblemException(400, "validation", "Invalid input", "1 field(s) failed validation");
        e.violations = List.of(new Problem.Violation(field, message));
        return e;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", what + " not found", what + " " + id + " does not exist");
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Conflict", detail);
    }

    public static ProblemException gone(String detail) {
        return new ProblemException(410, "gone", "Gone", detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail);
    }

    /** An extension member of the problem (never one of {@link Problem#RESERVED}). */
    public ProblemException with(String name, Object value) {
        extensions.put(Problem.requireExtensionName(name), value);
        return this;
    }

    public int status() {
        return status;
    }

    /** the last segment of the problem's {@code type}, e.g. {@code conflict} */
    public String slug() {
        return slug;
    }

    public Problem toProblem(String instance) {
        Problem problem = new Problem(slug, title, status, getMessage(), instance, violations);
        extensions.forEach(problem::with);
        return problem;
    }
}
