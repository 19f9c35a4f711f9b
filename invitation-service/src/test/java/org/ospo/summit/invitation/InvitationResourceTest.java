package org.ospo.summit.invitation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ospo.summit.platform.testing.Json;
import org.ospo.summit.platform.testing.TestTokens;

@QuarkusTest
class InvitationResourceTest {
    private static final String PROBLEM = "application/problem+json";

    @Test
    void createsASentInvitationWithAnUnguessableToken() {
        String email = Invitations.uniqueEmail();
        String id = Invitations.create(email)
                .statusCode(201)
                .header("Location", matchesPattern(".*/api/invitations/[0-9a-f-]{36}"))
                .body("status", equalTo("SENT"))
                .body("email", equalTo(email))
                .body("criteria", hasItem("OSPO_PRACTITIONER"))
                .body("token", matchesPattern("[A-Za-z0-9_-]{43}"))
                .body("rsvpUrl", matchesPattern("http://localhost:8080/rsvp/[A-Za-z0-9_-]{43}"))
                .extract()
                .path("id");

        given().auth()
                .oauth2(TestTokens.organizer())
                .get("/api/invitations/" + id)
                .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("token", nullValue())
                .body("events.type", equalTo(java.util.List.of("CREATED", "SENT")));
    }

    @Test
    void locationComesFromThePublicUrlNotFromTheHostHeader() {
        given().auth()
                .oauth2(TestTokens.organizer())
                .contentType(ContentType.JSON)
                .header("Host", "evil.example")
                .header("X-Forwarded-Host", "evil.example")
                .body(Invitations.body(Invitations.uniqueEmail()))
                .post("/api/invitations")
                .then()
                .statusCode(201)
                .header("Location", matchesPattern("http://localhost:8080/api/invitations/[0-9a-f-]{36}"))
                .body("rsvpUrl", matchesPattern("http://localhost:8080/rsvp/.*"));
    }

    @Test
    void draftWhenNotSent() {
        given().auth()
                .oauth2(TestTokens.organizer())
                .contentType(ContentType.JSON)
                .body(Json.with(Invitations.body(Invitations.uniqueEmail()), "send", false))
                .post("/api/invitations")
                .then()
                .statusCode(201)
                .body("status", equalTo("DRAFT"));
    }

    @Test
    void duplicateOpenInvitationIsAConflictWhateverTheCaseAndSpaces() {
        String email = Invitations.uniqueEmail();
        Invitations.create(email).statusCode(201);
        Invitations.create("  " + email.toUpperCase() + " ")
                .statusCode(409)
                .contentType(PROBLEM)
                .body("status", equalTo(409))
                .body("type", equalTo("/problems/conflict"));
    }

    @Test
    void controlCharactersAndRunawayPagesAre400NotAServerError() {
        String organizer = TestTokens.organizer();
        given().auth()
                .oauth2(organizer)
                .contentType(ContentType.JSON)
                .body(Json.with(Invitations.body(Invitations.uniqueEmail()), "fullName", "Nul\u0000 Person"))
                .post("/api/invitations")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("violations[0].field", equalTo("fullName"))
                .body(
                        "violations[0].message",
                        equalTo("must not contain control characters (other than tab and line breaks)"));
        given().auth()
                .oauth2(organizer)
                .contentType(ContentType.JSON)
                .body(Json.with(Invitations.body(Invitations.uniqueEmail()), "note", "bell\u0007"))
                .post("/api/invitations")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("note"));
        // tabs and line breaks are text
        given().auth()
                .oauth2(organizer)
                .contentType(ContentType.JSON)
                .body(Json.with(Invitations.body(Invitations.uniqueEmail()), "note", "a\tb\r\nc"))
                .post("/api/invitations")
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(organizer)
                .urlEncodingEnabled(false)
                .get("/api/invitations?q=%00")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("violations[0].field", equalTo("q"));
        given().auth()
                .oauth2(organizer)
                .queryParam("page", 21474837)
                .queryParam("size", 100)
                .get("/api/invitations")
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
        given().auth()
                .oauth2(organizer)
                .queryParam("page", 100000)
                .queryParam("size", 100)
                .get("/api/invitations")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
        given().auth()
                .oauth2(organizer)
                .contentType("text/csv")
                .body("email,fullName,company,jobTitle,locale\nnul-" + UUID.randomUUID()
                        + "@example.com,A\u0000B,C,,en\n")
                .post("/api/invitations/import")
                .then()
                .statusCode(200)
                .body("created", equalTo(0))
                .body("errors[0].line", equalTo(2));
    }

    @Test
    void aBodyOfTheWrongShapeIsExplainedWithoutJavaNames() {
        given().auth()
                .oauth2(TestTokens.organizer())
                .contentType(ContentType.JSON)
                .body("[1, 2]")
                .post("/api/invitations")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("detail", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("org.ospo")))
                .body("detail", org.hamcrest.Matchers.containsString("a JSON object"));
    }

    @Test
    void malformedJsonIs400Problem() {
        given().auth()
                .oauth2(TestTokens.organizer())
                .contentType(ContentType.JSON)
                .body("{\"email\": ")
                .post("/api/invitations")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/malformed-body"))
                .body("title", notNullValue());
    }

    @Test
    void missingAndInvalidFieldsAreListedAsViolations() {
        given().auth()
                .oauth2(TestTokens.organizer())
                .contentType(ContentType.JSON)
                .body("{\"email\": \"not-an-email\", \"locale\": \"fr\", \"criteria\": []}")
                .post("/api/invitations")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/validation"))
                .body("violations.field", hasItem("email"))
                .body("violations.field", hasItem("fullName"))
                .body("violations.field", hasItem("company"))
                .body("violations.field", hasItem("locale"))
                .body("violations.field", hasItem("criteria"));
    }

    @Test
    void unknownCriterionNamesTheField() {
        given().auth()
                .oauth2(TestTokens.organizer())
                .contentType(ContentType.JSON)
                .body(Json.with(Invitations.body(Invitations.uniqueEmail()), "criteria", List.of("RICH")))
                .post("/api/invitations")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("violations[0].field", equalTo("criteria[0]"));
    }

    @Test
    void emptyBodyIs400() {
        given().auth()
                .oauth2(TestTokens.organizer())
                .contentType(ContentType.JSON)
                .post("/api/invitations")
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
    }

    @Test
    void unknownIdIs404AndMalformedIdToo() {
        given().auth()
                .oauth2(TestTokens.organizer())
                .get("/api/invitations/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType(PROBLEM)
                .body("status", equalTo(404));
        given().auth()
                .oauth2(TestTokens.organizer())
                .get("/api/invitations/not-a-uuid")
                .then()
                .statusCode(404)
                .contentType(PROBLEM)
                .body(
                        "detail",
                        equalTo("\"not-a-uuid\" is not an id here: ids are UUIDs (e.g. "
                                + "0b6c7d2e-4f7a-4d55-9d8e-2f1f7b0c9a11), so it names nothing"));
    }

    @Test
    void noTokenIs401WrongRoleIs403BadTokenIs401() {
        given().contentType(ContentType.JSON)
                .body(Invitations.body(Invitations.uniqueEmail()))
                .post("/api/invitations")
                .then()
                .statusCode(401)
                .contentType(PROBLEM)
                .header("WWW-Authenticate", equalTo("Bearer"));
        given().auth()
                .oauth2(TestTokens.attendee(UUID.randomUUID()))
                .get("/api/invitations")
                .then()
                .statusCode(403)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/forbidden"));
        given().auth()
                .oauth2("not.a.jwt")
                .get("/api/invitations")
                .then()
                .statusCode(401)
                .contentType(PROBLEM);
        given().auth()
                .oauth2(TestTokens.withIssuer("https://evil.example"))
                .get("/api/invitations")
                .then()
                .statusCode(401)
                .contentType(PROBLEM);
    }

    @Test
    void listIsPagedFilteredAndSearchable() {
        String marker = "zz" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 3; i++) {
            Invitations.create(marker + "-" + i + "@example.com").statusCode(201);
        }
        given().auth()
                .oauth2(TestTokens.organizer())
                .queryParam("q", marker)
                .queryParam("size", 2)
                .queryParam("status", "SENT")
                .get("/api/invitations")
                .then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("total", equalTo(3))
                .body("page", equalTo(0))
                .body("size", equalTo(2));
        given().auth()
                .oauth2(TestTokens.organizer())
                .get("/api/invitations")
                .then()
                .statusCode(200)
                .body("total", greaterThanOrEqualTo(3));
        // the search text's LIKE characters match only themselves: "_" is not any character (here the "-")
        for (String literal : List.of(marker + "_0", marker + "%0", marker + "\\-0")) {
            given().auth()
                    .oauth2(TestTokens.organizer())
                    .queryParam("q", literal)
                    .get("/api/invitations")
                    .then()
                    .statusCode(200)
                    .body("total", equalTo(0));
        }
    }

    @Test
    void badPagingAndStatusAre400() {
        given().auth()
                .oauth2(TestTokens.organizer())
                .queryParam("size", 500)
                .get("/api/invitations")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("violations[0].field", equalTo("size"));
        given().auth()
                .oauth2(TestTokens.organizer())
                .queryParam("page", -1)
                .get("/api/invitations")
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
        given().auth()
                .oauth2(TestTokens.organizer())
                .queryParam("status", "MAYBE")
                .get("/api/invitations")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("violations[0].field", equalTo("status"));
    }

    @Test
    void unknownPathIsAProblem() {
        given().get("/api/nothing-here")
                .then()
                .statusCode(404)
                .contentType(PROBLEM)
                .body("instance", endsWith("/api/nothing-here"));
    }

    @Test
    void wrongMethodIs405Problem() {
        given().auth()
                .oauth2(TestTokens.organizer())
                .delete("/api/invitations")
                .then()
                .statusCode(405)
                .contentType(PROBLEM);
    }
}
