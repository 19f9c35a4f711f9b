package org.ospo.summit.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.ospo.summit.platform.testing.EventStream;
import org.ospo.summit.platform.testing.ProblemBodies;

/**
 * The suite attacked as an outsider would, through the gateway, from the merged OpenAPI document: every operation
 * against a table of who may call it (a new operation missing from the table fails the suite), forged JWTs, and fuzzed
 * bodies and path parameters. Whatever is sent, nothing answers 5xx and every error is a strict problem+json body.
 * The counts are printed and written to target/security-suite.txt (docs/security.md quotes them).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecuritySuiteIT {
    enum Access {
        PUBLIC,
        ATTENDEE,
        ORGANIZER,
        ATTENDEE_OR_ORGANIZER
    }

    /** who may call what (docs/api.md); keys are "METHOD path" as in the OpenAPI document */
    static final Map<String, Access> EXPECTED = new LinkedHashMap<>();

    static {
        // sign-in, summit, RSVP link
        EXPECTED.put("POST /api/auth/login", Access.PUBLIC);
        EXPECTED.put("GET /api/summit", Access.PUBLIC);
        EXPECTED.put("PUT /api/summit", Access.ORGANIZER);
        EXPECTED.put("GET /api/summits", Access.PUBLIC);
        EXPECTED.put("GET /api/summits/{id}", Access.PUBLIC);
        EXPECTED.put("POST /api/summits", Access.ORGANIZER);
        EXPECTED.put("PUT /api/summits/{id}", Access.ORGANIZER);
        EXPECTED.put("POST /api/summits/{id}/make-current", Access.ORGANIZER);
        EXPECTED.put("POST /api/summits/{id}/invitations/from-previous", Access.ORGANIZER);
        EXPECTED.put("GET /api/rsvp/{token}", Access.PUBLIC);
        EXPECTED.put("POST /api/rsvp/{token}/accept", Access.PUBLIC);
        EXPECTED.put("POST /api/rsvp/{token}/decline", Access.PUBLIC);
        EXPECTED.put("POST /api/rsvp/{token}/token", Access.PUBLIC);
        EXPECTED.put("GET /rsvp/{token}", Access.PUBLIC);
        // invitations and referrals
        EXPECTED.put("POST /api/invitations", Access.ORGANIZER);
        EXPECTED.put("GET /api/invitations", Access.ORGANIZER);
        EXPECTED.put("GET /api/invitations/{id}", Access.ORGANIZER);
        EXPECTED.put("POST /api/invitations/import", Access.ORGANIZER);
        EXPECTED.put("GET /api/invitations/stats", Access.ORGANIZER);
        EXPECTED.put("POST /api/invitations/{id}/send", Access.ORGANIZER);
        EXPECTED.put("POST /api/invitations/{id}/resend", Access.ORGANIZER);
        EXPECTED.put("POST /api/invitations/{id}/revoke", Access.ORGANIZER);
        EXPECTED.put("GET /api/invitations/me", Access.ATTENDEE);
        EXPECTED.put("POST /api/referrals", Access.ATTENDEE);
        EXPECTED.put("GET /api/referrals", Access.ORGANIZER);
        EXPECTED.put("POST /api/referrals/{id}/approve", Access.ORGANIZER);
        EXPECTED.put("POST /api/referrals/{id}/reject", Access.ORGANIZER);
        // attendees
        EXPECTED.put("GET /api/attendees/me", Access.ATTENDEE);
        EXPECTED.put("DELETE /api/attendees/me", Access.ATTENDEE);
        EXPECTED.put("PUT /api/attendees/me/preparation", Access.ATTENDEE);
        EXPECTED.put("GET /api/attendees/me/export", Access.ATTENDEE);
        EXPECTED.put("GET /api/attendees", Access.ORGANIZER);
        EXPECTED.put("GET /api/attendees/{id}", Access.ORGANIZER);
        EXPECTED.put("GET /api/attendees/stats", Access.ORGANIZER);
        // the door (staff sign-ins, issued by organizers, may scan too)
        EXPECTED.put("GET /api/attendees/me/badge", Access.ATTENDEE);
        EXPECTED.put("GET /api/attendees/me/badge.svg", Access.ATTENDEE);
        EXPECTED.put("GET /api/checkin/keys", Access.PUBLIC);
        EXPECTED.put("POST /api/checkins", Access.ORGANIZER);
        EXPECTED.put("GET /api/checkins/{attendeeId}", Access.ORGANIZER);
        EXPECTED.put("POST /api/checkins/batch", Access.ORGANIZER);
        EXPECTED.put("GET /api/checkins/stats", Access.ORGANIZER);
        EXPECTED.put("GET /api/checkins/stream", Access.ORGANIZER);
        EXPECTED.put("GET /api/attendees/me/networking", Access.ATTENDEE);
        EXPECTED.put("PUT /api/attendees/me/networking", Access.ATTENDEE);
        EXPECTED.put("GET /api/attendees/me/introductions", Access.ATTENDEE);
        EXPECTED.put("POST /api/introductions", Access.ATTENDEE);
        EXPECTED.put("GET /api/introductions", Access.ATTENDEE);
        EXPECTED.put("GET /api/introductions/{id}", Access.ATTENDEE);
        EXPECTED.put("POST /api/introductions/{id}/accept", Access.ATTENDEE);
        EXPECTED.put("POST /api/introductions/{id}/decline", Access.ATTENDEE);
        EXPECTED.put("GET /api/introductions/stats", Access.ORGANIZER);
        EXPECTED.put("POST /api/feedback", Access.ATTENDEE);
        EXPECTED.put("GET /api/feedback/{id}", Access.ATTENDEE);
        EXPECTED.put("GET /api/feedback/summary", Access.ORGANIZER);
        EXPECTED.put("GET /api/attendees/me/next-year", Access.ATTENDEE);
        EXPECTED.put("PUT /api/attendees/me/next-year", Access.ATTENDEE);
        EXPECTED.put("GET /api/next-year/summary", Access.ORGANIZER);
        EXPECTED.put("POST /api/staff", Access.ORGANIZER);
        // agenda
        EXPECTED.put("POST /api/rooms", Access.ORGANIZER);
        EXPECTED.put("GET /api/rooms", Access.ORGANIZER);
        EXPECTED.put("POST /api/sessions", Access.ORGANIZER);
        EXPECTED.put("GET /api/agenda/stats", Access.ORGANIZER);
        EXPECTED.put("GET /api/summits/{id}/stats", Access.ORGANIZER);
        EXPECTED.put("GET /api/sessions", Access.ORGANIZER);
        EXPECTED.put("PUT /api/sessions/{id}", Access.ORGANIZER);
        EXPECTED.put("DELETE /api/sessions/{id}", Access.ORGANIZER);
        EXPECTED.put("GET /api/sessions/{id}", Access.PUBLIC);
        EXPECTED.put("GET /api/sessions/{id}/draft", Access.ORGANIZER);
        EXPECTED.put("POST /api/agenda/publish", Access.ORGANIZER);
        EXPECTED.put("GET /api/agenda", Access.PUBLIC);
        EXPECTED.put("GET /api/agenda/changes", Access.PUBLIC);
        EXPECTED.put("GET /api/agenda.ics", Access.PUBLIC);
        EXPECTED.put("POST /api/sessions/{id}/registrations", Access.ATTENDEE);
        EXPECTED.put("DELETE /api/sessions/{id}/registrations/me", Access.ATTENDEE);
        EXPECTED.put("GET /api/agenda/me", Access.ATTENDEE);
        EXPECTED.put("GET /api/agenda/me.ics", Access.ATTENDEE);
        EXPECTED.put("GET /api/agenda/me/recommendations", Access.ATTENDEE);
        EXPECTED.put("GET /api/agenda/demand", Access.ORGANIZER);
        // the gateway
        EXPECTED.put("GET /api/me/summit", Access.ATTENDEE);
    }

    /** operations that would change shared state if a fuzz case happened to be valid: their bodies are not fuzzed */
    private static final java.util.Set<String> NOT_FUZZED = java.util.Set.of("POST /api/agenda/publish");
    /** operations whose effect would spoil the rest of the run (or other tests): only their refusals are checked */
    private static final java.util.Set<String> DESTRUCTIVE =
            java.util.Set.of("POST /api/agenda/publish", "DELETE /api/attendees/me");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger CLIENT = new AtomicInteger();
    private static final List<String> FAILURES = new ArrayList<>();
    private static int failuresInAll;
    private static final Map<String, Integer> CASES = new LinkedHashMap<>();
    private static JsonNode openApi;
    private static String organizer;
    private static String attendee;

    @BeforeAll
    static void suite() throws Exception {
        Suite.startBehindGateway();
        ProblemBodies.install();
        openApi = JSON.readTree(
                given().get("/q/openapi").then().statusCode(200).extract().asString());
        organizer = Suite.organizerToken();
        String rsvp = given().auth()
                .oauth2(organizer)
                .contentType(ContentType.JSON)
                .body("{\"email\": \"security-" + UUID.randomUUID() + "@example.com\", \"fullName\": \"Sec Urity\", "
                        + "\"company\": \"Probe Corp\", \"locale\": \"en\", \"criteria\": [\"EVANGELIST\"]}")
                .post("/api/invitations")
                .then()
                .statusCode(201)
                .extract()
                .path("token");
        attendee = given().post("/api/rsvp/" + rsvp + "/accept")
                .then()
                .statusCode(200)
                .extract()
                .path("accessToken");
    }

    @AfterAll
    static void report() throws Exception {
        int total = CASES.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder report = new StringBuilder("security suite: "
                + operations().size() + " operations, " + total + " cases, " + failuresInAll + " failures\n");
        CASES.forEach((kind, n) ->
                report.append("  ").append(kind).append(": ").append(n).append('\n'));
        System.out.print(report);
        Path out = Path.of("target/security-suite.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
    }

    /** every operation of the merged document as "METHOD path" */
    static List<String> operations() {
        List<String> ops = new ArrayList<>();
        openApi.get("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
                    if (List.of("get", "put", "post", "delete", "patch").contains(method)) {
                        ops.add(method.toUpperCase() + " " + path.getKey());
                    }
                }));
        return ops;
    }

    @Test
    @Order(1)
    void everyOperationIsInTheAccessTable() {
        TreeSet<String> missing = new TreeSet<>(operations());
        missing.removeAll(EXPECTED.keySet());
        TreeSet<String> stale = new TreeSet<>(EXPECTED.keySet());
        stale.removeAll(operations());
        assertTrue(
                missing.isEmpty(),
                "operations with no expected access (add them to SecuritySuiteIT.EXPECTED): " + missing);
        assertTrue(stale.isEmpty(), "access table entries no operation has: " + stale);
    }

    @Test
    @Order(2)
    void eachRoleReachesExactlyWhatItMay() {
        for (String op : operations()) {
            Access access = EXPECTED.getOrDefault(op, Access.ORGANIZER);
            boolean destructive = DESTRUCTIVE.contains(op);
            check("access", op, null, access == Access.PUBLIC ? null : 401);
            if (access == Access.ORGANIZER || !destructive) {
                check("access", op, attendee, access == Access.ORGANIZER ? 403 : null);
            }
            if (access == Access.ATTENDEE || !destructive) {
                check("access", op, organizer, access == Access.ATTENDEE ? 403 : null);
            }
        }
        assertNoFailures();
    }

    @Test
    @Order(3)
    void forgedTokensAreRefusedEverywhere() {
        long now = Instant.now().getEpochSecond();
        String iss = Jwts.ISSUER;
        String aud = Jwts.AUDIENCE;
        Map<String, String> forged = new LinkedHashMap<>();
        forged.put("alg none", Jwts.unsigned(Jwts.claims("o", "organizer", iss, aud, now, now + 600, null)));
        forged.put(
                "HS256 keyed with the public key",
                Jwts.hs256WithPublicKey(Jwts.claims("o", "organizer", iss, aud, now, now + 600, null)));
        forged.put(
                "foreign key",
                Jwts.rs256(Jwts.foreignKey(), Jwts.claims("o", "organizer", iss, aud, now, now + 600, null)));
        forged.put(
                "expired",
                Jwts.rs256(Jwts.suiteKey(), Jwts.claims("o", "organizer", iss, aud, now - 7200, now - 3600, null)));
        forged.put(
                "wrong issuer",
                Jwts.rs256(
                        Jwts.suiteKey(),
                        Jwts.claims("o", "organizer", "https://evil.example", aud, now, now + 600, null)));
        forged.put(
                "wrong audience",
                Jwts.rs256(Jwts.suiteKey(), Jwts.claims("o", "organizer", iss, "another-app", now, now + 600, null)));
        forged.put(
                "no audience",
                Jwts.rs256(Jwts.suiteKey(), Jwts.claims("o", "organizer", iss, null, now, now + 600, null)));
        forged.put(
                "issued in the future",
                Jwts.rs256(Jwts.suiteKey(), Jwts.claims("o", "organizer", iss, aud, now + 3600, now + 7200, null)));
        forged.put(
                "100-year lifetime",
                Jwts.rs256(
                        Jwts.suiteKey(), Jwts.claims("o", "organizer", iss, aud, now, now + 100L * 365 * 86400, null)));
        forged.put(
                "no iat",
                Jwts.rs256(
                        Jwts.suiteKey(),
                        "{\"sub\":\"o\",\"groups\":[\"organizer\"],\"iss\":\"" + iss + "\",\"aud\":\"" + aud
                                + "\",\"exp\":" + (now + 600) + "}"));
        forged.put(
                "tampered claims (attendee made organizer)",
                Jwts.tampered(attendee, Jwts.claims("o", "organizer", iss, aud, now, now + 600, null)));
        forged.put("garbage", "not.a.jwt");
        String[] targets = {
            Suite.GATEWAY, Suite.url("invitation-service"), Suite.url("attendee-service"), Suite.url("agenda-service")
        };
        String[] paths = {"/api/invitations", "/api/attendees", "/api/agenda/demand"};
        forged.forEach((what, token) -> {
            for (String base : targets) {
                for (String path : paths) {
                    if (!base.equals(Suite.GATEWAY) && !owns(base, path)) {
                        continue;
                    }
                    count("forged tokens");
                    Response r = client().baseUri(base).auth().oauth2(token).get(path);
                    if (r.statusCode() != 401) {
                        fail("forged token (" + what + ") on " + base + path + " answered " + r.statusCode());
                    }
                    problem(r, "forged token (" + what + ") on " + base + path);
                }
            }
        });
        // the suite's own valid token passes, so the refusals above are about the forgery
        assertEquals(
                200,
                client().auth()
                        .oauth2(Jwts.valid("organizer-probe", "organizer"))
                        .get("/api/invitations")
                        .statusCode());
        assertNoFailures();
    }

    @Test
    @Order(4)
    void fuzzedBodiesAndPathParametersNeverBreakTheSuite() {
        for (String op : operations()) {
            String method = op.substring(0, op.indexOf(' '));
            String path = op.substring(op.indexOf(' ') + 1);
            JsonNode operation = openApi.get("paths").get(path).get(method.toLowerCase());
            String token = tokenFor(EXPECTED.getOrDefault(op, Access.ORGANIZER));
            if (path.contains("{")) {
                for (String value : Fuzz.pathValues()) {
                    String concrete = path.replaceAll("\\{[^}]+}", value);
                    count("fuzzed path parameters");
                    Response r = send(method, concrete, token, null, null);
                    verdict(op + " with path " + abbreviate(concrete), r);
                }
            }
            JsonNode body = operation.path("requestBody").path("content");
            if (body.isMissingNode() || NOT_FUZZED.contains(op)) {
                continue;
            }
            String concrete = path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            for (Iterator<String> types = body.fieldNames(); types.hasNext(); ) {
                String type = types.next();
                JsonNode schema = resolve(body.get(type).path("schema"));
                for (Fuzz.Case c : Fuzz.bodies(type, schema, this::resolve)) {
                    count("fuzzed bodies");
                    Response r = send(method, concrete, token, c.contentType(), c.body());
                    verdict(op + " with " + c.name(), r);
                }
            }
        }
        assertNoFailures();
    }

    @Test
    @Order(5)
    void noTokenUsedHereShowsInAnyMetricOrLog() throws Exception {
        Suite.secretsInTelemetry(List.of(Jwts.signature(organizer), Jwts.signature(attendee)))
                .forEach(SecuritySuiteIT::fail);
        count("telemetry scans");
        assertNoFailures();
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private void check(String kind, String op, String token, Integer expected) {
        String method = op.substring(0, op.indexOf(' '));
        String path = op.substring(op.indexOf(' ') + 1)
                .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        count(kind);
        // the operation's own media type, so that content negotiation is not what answers
        JsonNode content = openApi.get("paths")
                .get(op.substring(op.indexOf(' ') + 1))
                .get(method.toLowerCase())
                .path("requestBody")
                .path("content");
        String type = content.isObject() && content.fieldNames().hasNext()
                ? content.fieldNames().next()
                : ContentType.JSON.toString();
        byte[] body = (type.contains("json") ? "{}" : "email\n").getBytes(StandardCharsets.UTF_8);
        String who = token == null ? "anonymous" : token.equals(organizer) ? "organizer" : "attendee";
        if (expected == null && isStream(op)) {
            // an answer that never ends: opened as a browser's screen would, its status read, closed again
            try (EventStream stream = new EventStream(URI.create(Suite.GATEWAY + path), token)) {
                int status = stream.response(Duration.ofSeconds(10)).statusCode();
                if (status != 200) {
                    fail(op + " as " + who + ": expected a stream (200), got " + status);
                }
            } catch (Exception e) {
                fail(op + " as " + who + ": the stream did not open: " + e);
            }
            return;
        }
        Response r = send(method, path, token, type, body);
        if (expected != null && r.statusCode() != expected) {
            fail(op + " as " + who + ": expected " + expected + ", got " + r.statusCode());
        } else if (expected == null && (r.statusCode() == 401 || r.statusCode() == 403)) {
            fail(op + " as " + who + ": refused with " + r.statusCode() + " but the role may call it");
        }
        verdict(op + " as " + who, r);
    }

    /** an operation answering server-sent events */
    private boolean isStream(String op) {
        String method = op.substring(0, op.indexOf(' ')).toLowerCase();
        return openApi.get("paths")
                .get(op.substring(op.indexOf(' ') + 1))
                .get(method)
                .path("responses")
                .path("200")
                .path("content")
                .has("text/event-stream");
    }

    private static Response send(String method, String path, String token, String contentType, byte[] body) {
        RequestSpecification request = client().urlEncodingEnabled(false);
        if (token != null) {
            request.auth().oauth2(token);
        }
        if (contentType != null) {
            request.contentType(contentType).body(body);
        }
        return request.request(method, path);
    }

    /** each request seems to come from its own client (the gateway trusts the tests' loopback as a proxy) */
    static RequestSpecification client() {
        int n = CLIENT.incrementAndGet();
        return given().header("X-Forwarded-For", "198.18." + (n / 250 % 250) + "." + (n % 250 + 1));
    }

    private static void verdict(String what, Response r) {
        if (r.statusCode() >= 500) {
            fail(what + ": " + r.statusCode() + " " + abbreviate(r.asString()));
        } else if (r.statusCode() >= 400) {
            problem(r, what);
        }
    }

    private static void problem(Response r, String what) {
        String type = r.getContentType();
        if (type == null || !type.startsWith("application/problem+json")) {
            if (!(what.startsWith("GET /rsvp/") && type != null && type.startsWith("text/html"))) {
                fail(what + ": " + r.statusCode() + " is not problem+json but '" + type + "'");
            }
            return;
        }
        try {
            ProblemBodies.check(r.statusCode(), r.asString(), what);
        } catch (AssertionError e) {
            fail(e.getMessage());
        }
        // said in the request's own terms: no class of the server's shows through
        String body = r.asString();
        for (String internal : List.of("org.ospo", "java.lang", "com.fasterxml", "io.vertx", "Exception")) {
            if (body.contains(internal)) {
                fail(what + ": the problem names server internals (" + internal + "): " + abbreviate(body));
            }
        }
    }

    private static boolean owns(String base, String path) {
        return base.equals(Suite.url("invitation-service")) && path.startsWith("/api/invitations")
                || base.equals(Suite.url("attendee-service")) && path.startsWith("/api/attendees")
                || base.equals(Suite.url("agenda-service")) && path.startsWith("/api/agenda");
    }

    private static String tokenFor(Access access) {
        return switch (access) {
            case PUBLIC -> null;
            case ATTENDEE -> attendee;
            case ORGANIZER, ATTENDEE_OR_ORGANIZER -> organizer;
        };
    }

    JsonNode resolve(JsonNode schema) {
        JsonNode ref = schema.get("$ref");
        if (ref == null) {
            return schema;
        }
        String[] parts = ref.asText().substring(2).split("/");
        JsonNode target = openApi;
        for (String part : parts) {
            target = target.path(part);
        }
        return resolve(target);
    }

    private static synchronized void count(String kind) {
        CASES.merge(kind, 1, Integer::sum);
    }

    private static synchronized void fail(String message) {
        FAILURES.add(message);
    }

    private static void assertNoFailures() {
        List<String> found;
        synchronized (SecuritySuiteIT.class) {
            found = List.copyOf(FAILURES);
            failuresInAll += found.size();
            FAILURES.clear();
        }
        assertTrue(
                found.isEmpty(),
                found.size() + " failure(s):\n  " + String.join("\n  ", found.subList(0, Math.min(40, found.size()))));
    }

    static String abbreviate(String text) {
        return text == null ? "" : text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }
}
