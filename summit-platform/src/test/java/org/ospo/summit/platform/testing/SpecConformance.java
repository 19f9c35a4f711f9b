package org.ospo.summit.platform.testing;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Holds every exchange a test makes to the OpenAPI document of the server it talks to ({@code /q/openapi} of that
 * origin: a service's own in module tests, the gateway's merged one in the system tests), so that a drift between
 * what the document promises and what the server does fails the test that saw it:
 * <ul>
 * <li>every answer to a documented operation must have a documented status, media type, required headers and a
 * body matching its schema;</li>
 * <li>a request the document refuses (a parameter outside its enum, a body missing a required field) must be
 * refused by the server too (4xx).</li>
 * </ul>
 * Installed for every {@code @QuarkusTest} by {@link ProblemBodiesCallback}; the system tests install it in their
 * suite. Paths the document does not describe ({@code /q/*}, pages of other origins) pass unchecked. A module whose
 * tests talk to stand-ins (the gateway's, with stub services) turns it off with {@code spec.conformance=off}. With
 * {@code -Dspec.conformance.report=FILE} the findings are appended to FILE instead of failing (to see every drift of
 * a change in one run).
 */
public final class SpecConformance implements Filter {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<String, Fetched> DOCUMENTS = new ConcurrentHashMap<>();
    private static final long RETRY_PARTIAL_NANOS = Duration.ofSeconds(30).toNanos();
    private static final AtomicLong CHECKED = new AtomicLong();
    private static final String REPORT = System.getProperty("spec.conformance.report");
    private static volatile boolean installed;

    private record Fetched(Optional<OpenApiDocument> document, boolean complete, long at) {}

    /** Adds the check to RestAssured's default filters (once), unless {@code -Dspec.conformance=off}. */
    public static synchronized void install() {
        if (!installed && !"off".equals(System.getProperty("spec.conformance"))) {
            RestAssured.filters(new SpecConformance());
            installed = true;
        }
    }

    /** how many exchanges were held to a document in this JVM */
    public static long checked() {
        return CHECKED.get();
    }

    /**
     * the document served at {@code origin} (scheme://host:port), fetched once per origin. A merged document that
     * lacks a service's part (x-summit-unavailable: the gateway with a service away) cannot judge and is not used;
     * it is asked for again after half a minute, not on every exchange.
     */
    public static Optional<OpenApiDocument> documentOf(String origin) {
        Fetched known = DOCUMENTS.get(origin);
        if (known != null && (known.complete() || System.nanoTime() - known.at() < RETRY_PARTIAL_NANOS)) {
            return known.document();
        }
        Optional<OpenApiDocument> fetched = fetch(origin).filter(d -> !d.json().has("x-summit-unavailable"));
        DOCUMENTS.put(origin, new Fetched(fetched, fetched.isPresent(), System.nanoTime()));
        return fetched;
    }

    @Override
    public Response filter(
            FilterableRequestSpecification request, FilterableResponseSpecification response, FilterContext ctx) {
        Response answer = ctx.next(request, response);
        URI uri = URI.create(request.getURI());
        if (!uri.getPath().startsWith("/api/") && !uri.getPath().startsWith("/rsvp/")) {
            return answer;
        }
        Optional<OpenApiDocument> document = documentOf(uri.getScheme() + "://" + uri.getAuthority());
        Optional<OpenApiDocument.Op> op = document.flatMap(d -> d.find(request.getMethod(), uri.getPath()));
        if (op.isEmpty()) {
            return answer;
        }
        OpenApiDocument doc = document.get();
        Map<String, String> requestHeaders = new HashMap<>();
        request.getHeaders().forEach(h -> requestHeaders.put(h.getName(), h.getValue()));
        Map<String, String> responseHeaders = new HashMap<>();
        answer.getHeaders().forEach(h -> responseHeaders.put(h.getName(), h.getValue()));
        String where = request.getMethod() + " " + uri.getRawPath()
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()) + " → " + answer.getStatusCode();
        List<String> departures = doc.departures(
                op.get(), answer.getStatusCode(), responseHeaders, answer.getContentType(), answer.asString());
        if (!departures.isEmpty()) {
            fail("the answer departs from the OpenAPI document ("
                    + op.get().method().toUpperCase()
                    + " " + op.get().template() + "): " + where + "\n  " + String.join("\n  ", departures)
                    + "\n  body: " + excerpt(answer.asString()));
        }
        if (answer.getStatusCode() < 400) {
            List<String> refusals =
                    doc.refusals(op.get(), uri, requestHeaders, request.getContentType(), body(request));
            if (!refusals.isEmpty()) {
                fail("the server accepted a request its OpenAPI document refuses ("
                        + op.get().method().toUpperCase() + " " + op.get().template() + "): " + where + "\n  "
                        + String.join("\n  ", refusals));
            }
        }
        CHECKED.incrementAndGet();
        return answer;
    }

    private static void fail(String finding) {
        if (REPORT == null) {
            throw new AssertionError(finding);
        }
        try {
            java.nio.file.Files.writeString(
                    java.nio.file.Path.of(REPORT),
                    finding + "\n",
                    StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (java.io.IOException e) {
            throw new AssertionError(finding, e);
        }
    }

    private static String body(FilterableRequestSpecification request) {
        Object body = request.getBody();
        if (body == null) {
            return null;
        }
        return body instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : body.toString();
    }

    private static String excerpt(String body) {
        return body == null ? "" : body.length() > 600 ? body.substring(0, 600) + "…" : body;
    }

    private static Optional<OpenApiDocument> fetch(String origin) {
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(origin + "/q/openapi?format=json"))
                            .header("Accept", "application/json")
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? Optional.of(new OpenApiDocument(response.body())) : Optional.empty();
        } catch (java.io.IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
