package org.ospo.summit.invitation;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import org.ospo.summit.platform.testing.TestTokens;

/** Test fixtures: invitations created through the API, with unique emails so tests never collide. */
final class Invitations {
    private Invitations() {}

    static String uniqueEmail() {
        return "invitee-" + UUID.randomUUID() + "@example.com";
    }

    static String body(String email) {
        return "{\"email\": \"" + email + "\", \"fullName\": \"李雷\", \"company\": \"Example Tech\", "
                + "\"jobTitle\": \"OSPO lead\", \"locale\": \"zh-CN\", \"criteria\": [\"OSPO_PRACTITIONER\"]}";
    }

    static ValidatableResponse create(String email) {
        return given().auth()
                .oauth2(TestTokens.organizer())
                .contentType(ContentType.JSON)
                .body(body(email))
                .post("/api/invitations")
                .then();
    }

    /** Creates a SENT invitation and returns its RSVP token. */
    static String sentToken() {
        return create(uniqueEmail()).statusCode(201).extract().path("token");
    }
}
