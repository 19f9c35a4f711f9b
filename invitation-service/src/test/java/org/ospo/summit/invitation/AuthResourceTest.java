package org.ospo.summit.invitation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.ospo.summit.platform.testing.TestTokens;

@QuarkusTest
class AuthResourceTest {
    private static final String PROBLEM = "application/problem+json";

    @Test
    void organizerSignsInAndTheTokenOpensOrganizerEndpoints() {
        String token = given().contentType(ContentType.JSON)
                .body("{\"username\": \"organizer\", \"password\": \"summit-local\"}")
                .post("/api/auth/login")
                .then()
                .statusCode(200)
                .body("tokenType", equalTo("Bearer"))
                .body("expiresIn", equalTo(28800))
                .body("accessToken", notNullValue())
                .extract()
                .path("accessToken");
        given().auth().oauth2(token).get("/api/invitations").then().statusCode(200);
        // the token is for this suite and its answer is never cached
        String payload = new String(
                java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]),
                java.nio.charset.StandardCharsets.UTF_8);
        org.junit.jupiter.api.Assertions.assertTrue(payload.contains("\"aud\":\"ospo-summit\""), payload);
        given().contentType(ContentType.JSON)
                .body("{\"username\": \"organizer\", \"password\": \"summit-local\"}")
                .post("/api/auth/login")
                .then()
                .header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void tokensForOthersFromTheFutureOrForeverAre401() {
        long now = java.time.Instant.now().getEpochSecond();
        java.util.Map<String, String> forged = new java.util.LinkedHashMap<>();
        forged.put("another audience", TestTokens.organizerFor("another-app"));
        // (a token without aud is forged by hand in the system tests: here the token builder adds the configured one)
        forged.put("issued in an hour", TestTokens.organizerIssuedAt(now + 3600, now + 7200));
        forged.put("valid for 100 years", TestTokens.organizerIssuedAt(now, now + 100L * 365 * 24 * 3600));
        forged.put("valid for 31 days", TestTokens.organizerIssuedAt(now, now + 31L * 24 * 3600));
        forged.put("expired", TestTokens.organizerIssuedAt(now - 7200, now - 3600));
        forged.forEach((what, token) -> org.junit.jupiter.api.Assertions.assertEquals(
                401, given().auth().oauth2(token).get("/api/invitations").statusCode(), what));
        given().auth()
                .oauth2(TestTokens.organizerIssuedAt(now - 10, now + 3600))
                .get("/api/invitations")
                .then()
                .statusCode(200);
    }

    @Test
    void wrongPasswordAndUnknownUserAre401() {
        given().contentType(ContentType.JSON)
                .body("{\"username\": \"organizer\", \"password\": \"guess\"}")
                .post("/api/auth/login")
                .then()
                .statusCode(401)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/invalid-credentials"));
        given().contentType(ContentType.JSON)
                .body("{\"username\": \"nobody\", \"password\": \"summit-local\"}")
                .post("/api/auth/login")
                .then()
                .statusCode(401)
                .contentType(PROBLEM);
    }

    @Test
    void missingFieldsAndMalformedJsonAre400() {
        given().contentType(ContentType.JSON)
                .body("{\"username\": \"organizer\"}")
                .post("/api/auth/login")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("violations.field", hasItem("password"));
        given().contentType(ContentType.JSON)
                .body("not json")
                .post("/api/auth/login")
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
        given().contentType(ContentType.TEXT)
                .body("username=organizer")
                .post("/api/auth/login")
                .then()
                .statusCode(415)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/unsupported-media-type"))
                .body("detail", startsWith("The request's Content-Type text/plain"))
                .body("detail", not(containsString("@Consumes")));
        given().contentType(ContentType.JSON)
                .accept("text/csv")
                .body("{\"username\": \"organizer\", \"password\": \"x\"}")
                .post("/api/auth/login")
                .then()
                .statusCode(406)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/not-acceptable"))
                .body("detail", containsString("(text/csv)"));
    }
}
