package org.ospo.summit.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ospo.summit.contracts.problem.ProblemType;
import org.ospo.summit.platform.testing.Management;
import org.ospo.summit.platform.testing.TestTokens;

/** The gateway's own answers, with every service unreachable (real routing is covered by system-tests). */
@QuarkusTest
class GatewayWithoutServicesTest {
    private static final String PROBLEM = "application/problem+json";

    @Test
    void anUnreachableServiceIsA503ProblemWithARequestId() {
        given().header("X-Request-Id", "req-42")
                .get("/api/agenda")
                .then()
                .statusCode(503)
                .contentType(PROBLEM)
                .header("X-Request-Id", "req-42")
                .body("type", equalTo("/problems/service-unavailable"))
                .body("requestId", equalTo("req-42"));
        given().get("/api/attendees/me").then().statusCode(503).header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    /** a problem's type resolves: the gateway serves a page per kind of problem, and the list of them all */
    @Test
    void everyProblemTypeHasAPage() {
        for (ProblemType type : ProblemType.values()) {
            given().get(type.uri())
                    .then()
                    .statusCode(200)
                    .contentType("text/html")
                    .header("Cache-Control", "public, max-age=86400")
                    .header("Content-Security-Policy", containsString("default-src 'none'"))
                    .body(containsString("<h1>" + type.title().replace("&", "&amp;") + "</h1>"))
                    .body(containsString("What to do"));
        }
        String all = given().get("/problems").then().statusCode(200).extract().asString();
        for (ProblemType type : ProblemType.values()) {
            org.junit.jupiter.api.Assertions.assertTrue(all.contains("href=\"" + type.uri() + "\""), type.uri());
        }
        given().get("/problems/no-such-problem")
                .then()
                .statusCode(404)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/not-found"))
                .body("requestId", notNullValue());
    }

    @Test
    void pathsNoServiceOwnsAre404() {
        given().get("/api/unknown").then().statusCode(404).contentType(PROBLEM);
        given().get("/api/agendas").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void badBearerTokensStopAtTheGateway() {
        given().auth()
                .oauth2("not-a-jwt")
                .get("/api/invitations")
                .then()
                .statusCode(401)
                .contentType(PROBLEM)
                .header("WWW-Authenticate", equalTo("Bearer"));
        given().auth()
                .oauth2(TestTokens.withIssuer("https://elsewhere.example"))
                .get("/api/invitations")
                .then()
                .statusCode(401)
                .contentType(PROBLEM);
        given().header("Authorization", "Basic b3JnYW5pemVyOng=")
                .get("/api/invitations")
                .then()
                .statusCode(401);
        // a valid token passes the gateway (and meets the unreachable service)
        given().auth()
                .oauth2(TestTokens.organizer())
                .get("/api/invitations")
                .then()
                .statusCode(503);
    }

    @Test
    void readyWithoutItsServicesOnTheManagementPortOnly() {
        // a service that is away answers 503 on its own routes; the gateway itself stays ready (docs/api.md)
        given().baseUri(Management.baseUri())
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'services' }.data.agenda", equalTo("DOWN"))
                // graceful shutdown's check (quarkus.shutdown.delay-enabled) is part of readiness too
                .body("checks.name", hasItem("Graceful Shutdown"));
        given().baseUri(Management.baseUri()).get("/q/health/live").then().statusCode(200);
        given().baseUri(Management.baseUri()).get("/q/metrics").then().statusCode(200);
        // nothing under /q/ on the public port but the suite's document and Swagger UI
        for (String path : new String[] {
            "/q/health/ready",
            "/q/health",
            "/q/metrics",
            "/q/openapi-gateway",
            "/q/dev-ui",
            "/q/info",
            "/q/openapi/../metrics",
            "/q//metrics"
        }) {
            given().urlEncodingEnabled(false).get(path).then().statusCode(404).contentType(PROBLEM);
        }
    }

    @Test
    void pathVariantsCountAgainstTheSameSignInLimit() {
        // 5 a minute in tests; the variants reach the same endpoint, so they share one window
        String[] variants = {
            "/api/auth/login/", "/api/auth/login;x=1", "/api/auth//login", "/api/auth/./login", "/api/auth/%6cogin"
        };
        for (String variant : variants) {
            given().urlEncodingEnabled(false)
                    .header("X-Forwarded-For", "198.51.100.9")
                    .contentType(ContentType.JSON)
                    .body("{}")
                    .post(variant)
                    .then()
                    .statusCode(503);
        }
        // and a client that is not a trusted proxy cannot pose as someone else with X-Forwarded-For
        given().contentType(ContentType.JSON)
                .header("X-Forwarded-For", "203.0.113.1")
                .body("{}")
                .post("/api/auth/login")
                .then()
                .statusCode(429)
                .contentType(PROBLEM)
                .header("Retry-After", notNullValue());
    }

    @Test
    void corsAllowsTheConfiguredFrontendOriginsAndRefusesOthersWithAProblem() {
        given().header("Origin", "http://localhost:5173")
                .header("Access-Control-Request-Method", "POST")
                .options("/api/invitations")
                .then()
                .statusCode(204)
                .header("Access-Control-Allow-Origin", equalTo("http://localhost:5173"))
                .header("Access-Control-Max-Age", equalTo("600"))
                .header("Access-Control-Allow-Headers", containsString("If-Match"))
                .header("Access-Control-Allow-Credentials", nullValue());
        // a shared cache keys the answer on Origin, also for a request that sent none
        given().get("/api/agenda").then().header("Vary", equalTo("Origin"));
        // a frontend on another origin may read the tag to send back and the page links
        given().header("Origin", "http://localhost:5173")
                .get("/api/agenda")
                .then()
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("Link"));
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .options("/api/invitations")
                .then()
                .statusCode(403)
                .contentType(PROBLEM)
                .header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://evil.example")
                .get("/api/agenda")
                .then()
                .statusCode(403)
                .contentType(PROBLEM);
    }

    @Test
    void everyAnswerCarriesTheBrowserSecurityHeaders() {
        for (String path : new String[] {"/api/agenda", "/q/openapi", "/nothing-here", "/q/swagger-ui/"}) {
            given().get(path)
                    .then()
                    .header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("X-Frame-Options", equalTo("DENY"))
                    .header("Referrer-Policy", equalTo("no-referrer"))
                    .header("Content-Security-Policy", org.hamcrest.Matchers.containsString("frame-ancestors 'none'"))
                    .header("Strict-Transport-Security", nullValue());
        }
    }

    @Test
    void everyGatewayErrorIsAProblem() {
        given().get("/").then().statusCode(404).contentType(PROBLEM);
        given().get("/favicon.ico").then().statusCode(404).contentType(PROBLEM);
        given().get("/api/" + "x".repeat(9000)).then().statusCode(414).contentType(PROBLEM);
        given().contentType(ContentType.JSON)
                .body("{\"x\": \"" + "y".repeat(1_100_000) + "\"}")
                .post("/api/invitations")
                .then()
                .statusCode(413)
                .contentType(PROBLEM);
        given().header("X-Big", "z".repeat(20_000))
                .get("/api/agenda")
                .then()
                .statusCode(431)
                .contentType(PROBLEM);
    }

    @Test
    void mySummitStillAnswersWhenNoServiceDoes() {
        given().auth()
                .oauth2(TestTokens.attendee(UUID.randomUUID()))
                .get("/api/me/summit")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("unavailable", hasItems("invitation", "attendee", "agenda"))
                .body("invitation", nullValue())
                .body("agenda", nullValue());
        given().get("/api/me/summit").then().statusCode(401).contentType(PROBLEM);
        given().auth()
                .oauth2("not-a-jwt")
                .get("/api/me/summit")
                .then()
                .statusCode(401)
                .contentType(PROBLEM);
        given().auth()
                .oauth2(TestTokens.organizer())
                .get("/api/me/summit")
                .then()
                .statusCode(403)
                .contentType(PROBLEM);
    }

    @Test
    void theSuiteDocumentSaysWhichPartsAreMissing() {
        given().get("/q/openapi")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("info.title", equalTo("OSPO Summit API"))
                .body("paths", hasKey("/api/me/summit"))
                .body("x-summit-unavailable", hasItems("invitation", "attendee", "agenda"));
        given().head("/q/openapi")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body(org.hamcrest.Matchers.emptyString());
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
