package org.ospo.summit.platform.testing;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import org.ospo.summit.contracts.problem.ProblemType;

/**
 * Every problem+json body a test receives is parsed strictly (a member written twice fails the test, RFC 9457 §3)
 * and must carry {@code type}, {@code title} and a numeric {@code status} equal to the HTTP status. Installed for
 * every {@code @QuarkusTest} by {@link ProblemBodiesCallback}; the system tests install it in their suite.
 */
public final class ProblemBodies implements Filter {
    private static final ObjectMapper STRICT = new ObjectMapper(JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build());
    private static final AtomicLong CHECKED = new AtomicLong();
    private static volatile boolean installed;

    /** Adds the check to RestAssured's default filters (once). */
    public static synchronized void install() {
        if (!installed) {
            RestAssured.filters(new ProblemBodies());
            installed = true;
        }
    }

    /** how many problem bodies were checked in this JVM */
    public static long checked() {
        return CHECKED.get();
    }

    @Override
    public Response filter(
            FilterableRequestSpecification request, FilterableResponseSpecification response, FilterContext ctx) {
        Response answer = ctx.next(request, response);
        String type = answer.getContentType();
        if (type != null && type.startsWith("application/problem+json")) {
            check(answer.getStatusCode(), answer.asString(), request.getMethod() + " " + request.getURI());
        }
        return answer;
    }

    /** Throws AssertionError unless {@code body} is a well-formed problem for {@code status}. */
    public static void check(int status, String body, String where) {
        JsonNode problem;
        try (JsonParser parser = STRICT.createParser(body)) {
            problem = STRICT.readTree(parser);
        } catch (IOException e) {
            throw new AssertionError(
                    "problem body of " + where + " is not strict JSON (" + e.getMessage() + "): " + body);
        }
        if (problem == null
                || !problem.isObject()
                || !problem.path("type").isTextual()
                || !problem.path("title").isTextual()
                || !problem.path("status").isInt()
                || problem.path("status").asInt() != status) {
            throw new AssertionError("problem body of " + where + " lacks type/title/status " + status + ": " + body);
        }
        // the type is one of the catalogue's (its page exists), the title the type's, the request named
        ProblemType kind = ProblemType.byUri(problem.path("type").asText())
                .orElseThrow(() -> new AssertionError(
                        "problem body of " + where + " has a type outside the catalogue (ProblemType): " + body));
        if (!kind.title().equals(problem.path("title").asText())
                || !problem.path("requestId").isTextual()) {
            throw new AssertionError(
                    "problem body of " + where + " lacks the title of " + kind + " or a requestId: " + body);
        }
        CHECKED.incrementAndGet();
    }
}
