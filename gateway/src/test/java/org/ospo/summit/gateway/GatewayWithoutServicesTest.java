package org.ospo.summit.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.ospo.summit.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The gateway's own answers, with every service unreachable (real routing is covered by system-tests). */
@QuarkusTest
class GatewayWithoutServicesTest {
    private static final String PROBLEM = "application/problem+json";

    @Test
    void anUnreachableServiceIsA503ProblemWithARequestId() {
        given().header("X-Request-Id", "req-42").get("/api/agenda").then().statusCode(503).contentType(PROBLEM)
                .header("X-Request-Id", "req-42")
                .body("type", equalTo("/problems/service-unavailable"))
                .body("requestId", equalTo("req-42"));
        given().get("/api/attendees/me").then().statusCode(503)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void pathsNoServiceOwnsAre404() {
        given().get("/api/unknown").then().statusCode(404).contentType(PROBLEM);
        given().get("/api/agendas").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void badBearerTokensStopAtTheGateway() {
        given().auth().oauth2("not-a-jwt").get("/api/invitations").then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", equalTo("Bearer"));
        given().auth().oauth2(TestTokens.withIssuer("https://elsewhere.example")).get("/api/invitations").then()
                .statusCode(401).contentType(PROBLEM);
        given().header("Authorization", "Basic b3JnYW5pemVyOng=").get("/api/invitations").then().statusCode(401);
        // a valid token passes the gateway (and meets the unreachable service)
        given().auth().oauth2(TestTokens.organizer()).get("/api/invitations").then().statusCode(503);
    }

    @Test
    void signInIsRateLimitedWithRetryAfter() {
        for (int i = 0; i < 5; i++) {
            given().contentType(ContentType.JSON).body("{}").post("/api/auth/login").then().statusCode(503);
        }
        given().contentType(ContentType.JSON).body("{}").post("/api/auth/login").then().statusCode(429)
                .contentType(PROBLEM).header("Retry-After", notNullValue());
    }

    @Test
    void notReadyWithoutItsServices() {
        given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
        given().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void corsAllowsTheConfiguredFrontendOrigins() {
        given().header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "POST")
                .options("/api/invitations").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("http://localhost:5173"));
    }

    @Test
    void mySummitStillAnswersWhenNoServiceDoes() {
        given().auth().oauth2(TestTokens.attendee(UUID.randomUUID())).get("/api/me/summit").then().statusCode(200)
                .contentType(ContentType.JSON).body("unavailable", hasItems("invitation", "attendee", "agenda"))
                .body("invitation", nullValue()).body("agenda", nullValue());
        given().get("/api/me/summit").then().statusCode(401).contentType(PROBLEM);
        given().auth().oauth2("not-a-jwt").get("/api/me/summit").then().statusCode(401).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.organizer()).get("/api/me/summit").then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void theSuiteDocumentSaysWhichPartsAreMissing() {
        given().get("/q/openapi").then().statusCode(200).contentType(ContentType.JSON)
                .body("info.title", equalTo("OSPO Summit API"))
                .body("paths", hasKey("/api/me/summit"))
                .body("x-summit-unavailable", hasItems("invitation", "attendee", "agenda"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
