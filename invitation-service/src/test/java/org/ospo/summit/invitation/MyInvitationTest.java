package org.ospo.summit.invitation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ospo.summit.platform.testing.TestTokens;

/** GET /api/invitations/me: an attendee reads their own invitation, nothing the organizers wrote about them. */
@QuarkusTest
class MyInvitationTest {

    @BeforeEach
    void roomy() {
        SummitSettings.roomy();
    }

    @Test
    void anAttendeeReadsTheirOwnInvitation() {
        String email = Invitations.uniqueEmail();
        var created = Invitations.create(email).statusCode(201).extract();
        String accessToken = given().post("/api/rsvp/" + created.path("token") + "/accept")
                .then()
                .statusCode(200)
                .extract()
                .path("accessToken");
        given().auth()
                .oauth2(accessToken)
                .get("/api/invitations/me")
                .then()
                .statusCode(200)
                .body("id", equalTo(created.path("id")))
                .body("status", equalTo("ACCEPTED"))
                .body("fullName", equalTo("李雷"))
                .body("email", equalTo(email))
                .body("locale", equalTo("zh-CN"))
                .body("$", not(hasKey("note")))
                .body("$", not(hasKey("criteria")));
        given().auth()
                .oauth2(TestTokens.attendee(UUID.randomUUID()))
                .get("/api/invitations/me")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.organizer())
                .get("/api/invitations/me")
                .then()
                .statusCode(403);
        given().get("/api/invitations/me").then().statusCode(401);
    }
}
