package org.ospo.summit.contracts.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An RFC 9457 problem detail, the body of every error response in the suite ({@code application/problem+json}).
 * {@code type} is a relative URI {@code /problems/<slug>} of a {@link ProblemType}, whose page the gateway serves;
 * {@code title} is the type's (the same for every occurrence, as RFC 9457 asks). Extension members (e.g.
 * {@code violations}, {@code requestId}) are written next to the standard ones.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "violations"})
public final class Problem {
    public static final String MEDIA_TYPE = "application/problem+json";
    /** Retry-After (seconds) of a 503 that passes by itself: a service, a replica or a database briefly away */
    public static final String RETRY_AFTER_UNAVAILABLE = "2";
    /** the members this class writes itself; extensions must use other names */
    public static final Set<String> RESERVED = Set.of("type", "title", "status", "detail", "instance", "violations");

    private final String type;
    private final String title;
    private final int status;
    private final String detail;
    private final String instance;
    private final List<Violation> violations;
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    public Problem(ProblemType kind, int status, String detail, String instance, List<Violation> violations) {
        this.type = kind.uri();
        this.title = kind.title();
        this.status = status;
        this.detail = detail;
        this.instance = instance;
        this.violations = violations == null || violations.isEmpty() ? null : List.copyOf(violations);
    }

    public static Problem of(int status, ProblemType kind, String detail) {
        return new Problem(kind, status, detail, null, null);
    }

    /**
     * Adds an extension member, e.g. {@code clashingSessionId}. The members RFC 9457 defines (and {@code violations})
     * are not extensions: a clash would write the key twice, so it is refused.
     */
    public Problem with(String name, Object value) {
        extensions.put(requireExtensionName(name), value);
        return this;
    }

    /** {@code name}, unless it is one of {@link #RESERVED} */
    public static String requireExtensionName(String name) {
        if (RESERVED.contains(name)) {
            throw new IllegalArgumentException("'" + name + "' is a standard problem member, not an extension name");
        }
        return name;
    }

    public String getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public int getStatus() {
        return status;
    }

    public String getDetail() {
        return detail;
    }

    public String getInstance() {
        return instance;
    }

    public List<Violation> getViolations() {
        return violations;
    }

    @JsonAnyGetter
    public Map<String, Object> getExtensions() {
        return extensions;
    }

    /** One failed validation: {@code field} is the JSON path of the input ({@code criteria[0]}, {@code email}). */
    public record Violation(String field, String message) {}
}
