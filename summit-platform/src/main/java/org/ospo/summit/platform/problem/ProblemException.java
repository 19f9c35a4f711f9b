package org.ospo.summit.platform.problem;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ospo.summit.contracts.problem.Problem;
import org.ospo.summit.contracts.problem.ProblemType;

/** Thrown by services for an expected failure; rendered as problem+json with its status by {@link ProblemMappers}. */
public class ProblemException extends RuntimeException {
    private final int status;
    private final ProblemType type;
    private final Map<String, Object> extensions = new LinkedHashMap<>();
    private List<Problem.Violation> violations = List.of();
    private Long retryAfterSeconds;

    public ProblemException(int status, ProblemType type, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, ProblemType.BAD_REQUEST, detail);
    }

    /** 400 for one field of the input, reported like Bean Validation failures ({@code violations}). */
    public static ProblemException invalid(String field, String message) {
        ProblemException e = new ProblemException(400, ProblemType.VALIDATION, "1 field(s) failed validation");
        e.violations = List.of(new Problem.Violation(field, message));
        return e;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, ProblemType.NOT_FOUND, what + " " + id + " does not exist");
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, ProblemType.CONFLICT, detail);
    }

    public static ProblemException gone(String detail) {
        return new ProblemException(410, ProblemType.GONE, detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, ProblemType.FORBIDDEN, detail);
    }

    /** An extension member of the problem (never one of {@link Problem#RESERVED}). */
    public ProblemException with(String name, Object value) {
        extensions.put(Problem.requireExtensionName(name), value);
        return this;
    }

    /** a {@code Retry-After} header: when the same request may succeed (e.g. a daily limit's next day) */
    public ProblemException retryAfter(Duration wait) {
        this.retryAfterSeconds = Math.max(1, wait.toSeconds());
        return this;
    }

    public Optional<Long> retryAfterSeconds() {
        return Optional.ofNullable(retryAfterSeconds);
    }

    public int status() {
        return status;
    }

    /** what kind of problem it is */
    public ProblemType type() {
        return type;
    }

    public Problem toProblem(String instance) {
        Problem problem = new Problem(type, status, getMessage(), instance, violations);
        extensions.forEach(problem::with);
        return problem;
    }
}
