package org.ospo.summit.invitation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ospo.summit.platform.testing.TestTokens;

/** Organizers sign in door volunteers: the staff role alone, for the hours asked (at most a day). */
@QuarkusTest
class StaffSignInTest {

    @Test
    void anOrganizerIssuesAStaffSignInForSomeHours() throws Exception {
        String token = given().auth()
                .oauth2(TestTokens.organizer())
                .contentType(ContentType.JSON)
                .body("{\"name\": \" 王芳 (door A) \", \"validHours\": 10}")
                .post("/api/staff")
                .then()
                .statusCode(200)
                .body("tokenType", equalTo("Bearer"))
                .body("expiresIn", equalTo(36000))
                .extract()
                .path("accessToken");

        JsonNode claims = new ObjectMapper()
                .readTree(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
        assertEquals("[\"staff\"]", claims.path("groups").toString());
        assertEquals("王芳 (door A)", claims.path("upn").asText());
        assertEquals(36000, claims.path("exp").asLong() - claims.path("iat").asLong());

        // the staff role reaches nothing here: it only checks attendees in
        given().auth().oauth2(token).get("/api/invitations").then().statusCode(403);
    }

    @Test
    void onlyOrganizersIssueThemAndForOneToTwentyFourHours() {
        given().auth()
                .oauth2(TestTokens.attendee(UUID.randomUUID()))
                .contentType(ContentType.JSON)
                .body("{\"name\": \"Door\", \"validHours\": 10}")
                .post("/api/staff")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TestTokens.staff())
                .contentType(ContentType.JSON)
                .body("{\"name\": \"Door\", \"validHours\": 10}")
                .post("/api/staff")
                .then()
                .statusCode(403);
        for (String body :
                new String[] {"{\"name\": \"Door\", \"validHours\": 0}", "{\"name\": \"Door\", \"validHours\": 25}"}) {
            given().auth()
                    .oauth2(TestTokens.organizer())
                    .contentType(ContentType.JSON)
                    .body(body)
                    .post("/api/staff")
                    .then()
                    .statusCode(400)
                    .body("violations[0].field", equalTo("validHours"));
        }
        given().auth()
                .oauth2(TestTokens.organizer())
                .contentType(ContentType.JSON)
                .body("{\"name\": \" \", \"validHours\": 2}")
                .post("/api/staff")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("name"));
    }
}
