package org.ospo.summit.invitation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ospo.summit.platform.testing.TestTokens;

@QuarkusTest
class InvitationImportTest {
    private static final String PROBLEM = "application/problem+json";

    static io.restassured.response.ValidatableResponse importCsv(String csv) {
        return given().auth()
                .oauth2(TestTokens.organizer())
                .contentType("text/csv; charset=UTF-8")
                .body(csv)
                .post("/api/invitations/import")
                .then();
    }

    @Test
    void goodRowsAreCreatedBadRowsReportedWithTheirLineAndAReimportCreatesNothing() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String csv = "\uFEFFemail,fullName,company,jobTitle,locale,criteria\r\n"
                + "csv-a-" + tag + "@example.com,李雷,Example Tech,OSPO lead,zh-CN,OSPO_PRACTITIONER;EVANGELIST\r\n"
                + "not-an-email,Bad Row,Example,,en,\r\n"
                + "\"csv-b-" + tag + "@example.com\",\"Han, Meimei\",\"Example \"\"Org\"\"\",,en,\r\n"
                + "csv-c-" + tag + "@example.com,Wrong Locale,Example,,fr,\r\n"
                + "csv-d-" + tag + "@example.com,,Example,,en,\r\n"
                + "csv-e-" + tag + "@example.com,Bad Criterion,Example,,en,ASTROLOGY\r\n"
                + "CSV-A-" + tag + "@example.com,Same Person Again,Example Tech,,zh-CN,\r\n";
        importCsv(csv)
                .statusCode(200)
                .body("created", equalTo(2))
                .body("skipped", equalTo(1))
                .body("errors", hasSize(4))
                .body("errors[0].line", equalTo(3))
                .body("errors[0].message", startsWith("email"))
                .body("errors[1].line", equalTo(5))
                .body("errors[1].message", startsWith("locale"))
                .body("errors[2].line", equalTo(6))
                .body("errors[2].message", startsWith("fullName"))
                .body("errors[3].line", equalTo(7))
                .body("errors[3].message", startsWith("criteria"));
        given().auth()
                .oauth2(TestTokens.organizer())
                .queryParam("q", "csv-b-" + tag)
                .get("/api/invitations")
                .then()
                .body("items[0].fullName", equalTo("Han, Meimei"))
                .body("items[0].company", equalTo("Example \"Org\""))
                .body("items[0].status", equalTo("DRAFT"));

        importCsv(csv)
                .statusCode(200)
                .body("created", equalTo(0))
                .body("skipped", equalTo(3))
                .body("errors", hasSize(4));
    }

    @Test
    void sendTrueSendsTheImportedInvitations() {
        String email = "csv-send-" + UUID.randomUUID() + "@example.com";
        given().auth()
                .oauth2(TestTokens.organizer())
                .contentType("text/csv; charset=UTF-8")
                .queryParam("send", true)
                .body("email,fullName,company\n" + email + ",Sent Now,Example\n")
                .post("/api/invitations/import")
                .then()
                .statusCode(200)
                .body("created", equalTo(1));
        given().auth()
                .oauth2(TestTokens.organizer())
                .queryParam("q", email)
                .get("/api/invitations")
                .then()
                .body("items[0].status", equalTo("SENT"))
                .body("items[0].locale", equalTo("zh-CN"));
    }

    @Test
    void aFileWithoutTheHeaderOrEmptyIs400() {
        importCsv("li.lei@example.com,李雷,Example Tech\n").statusCode(400).contentType(PROBLEM);
        importCsv("").statusCode(400).contentType(PROBLEM);
    }

    @Test
    void onlyOrganizersImportAndOnlyCsv() {
        given().contentType("text/csv; charset=UTF-8")
                .body("email,fullName,company\n")
                .post("/api/invitations/import")
                .then()
                .statusCode(401);
        given().auth()
                .oauth2(TestTokens.attendee(UUID.randomUUID()))
                .contentType("text/csv; charset=UTF-8")
                .body("email,fullName,company\n")
                .post("/api/invitations/import")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TestTokens.organizer())
                .contentType(ContentType.JSON)
                .body("{}")
                .post("/api/invitations/import")
                .then()
                .statusCode(415)
                .contentType(PROBLEM);
    }
}
