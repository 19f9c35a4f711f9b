package org.ospo.summit.invitation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class AuthResourceTest {
    private static final String PROBLEM = "application/problem+json";

    @Test
    void organizerSignsInAndTheTokenOpensOrganizerEndpoints() {
        String token = given().contentType(ContentType.JSON)
                .body("{\"username\": \"organizer\", \"password\": \"summit-local\"}")
                .post("/api/auth/login").then().statusCode(200)
                .body("tokenType", equalTo("Bearer"))
                .body("expiresIn", equalTo(28800))
                .body("accessToken", notNullValue())
                .extract().path("accessToken");
        given().auth().oauth2(token).get("/api/invitations").then().statusCode(200);
    }

    @Test
    void wrongPasswordAndUnknownUserAre401() {
        given().contentType(ContentType.JSON).body("{\"username\": \"organizer\", \"password\": \"guess\"}")
                .post("/api/auth/login").then().statusCode(401).contentType(PROBLEM)
                .body("type", equalTo("/problems/invalid-credentials"));
        given().contentType(ContentType.JSON).body("{\"username\": \"nobody\", \"password\": \"summit-local\"}")
                .post("/api/auth/login").then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void missingFieldsAndMalformedJsonAre400() {
        given().contentType(ContentType.JSON).body("{\"username\": \"organizer\"}")
                .post("/api/auth/login").then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("password"));
        given().contentType(ContentType.JSON).body("not json").post("/api/auth/login").then().statusCode(400)
                .contentType(PROBLEM);
        given().contentType(ContentType.TEXT).body("username=organizer").post("/api/auth/login").then()
                .statusCode(415).contentType(PROBLEM);
    }
}
