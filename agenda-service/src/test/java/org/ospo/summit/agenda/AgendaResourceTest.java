package org.ospo.summit.agenda;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ospo.summit.platform.testing.Management;
import org.ospo.summit.platform.testing.TestDb;
import org.ospo.summit.platform.testing.TestTokens;

@QuarkusTest
class AgendaResourceTest {
    private static final String PROBLEM = "application/problem+json";

    @Test
    void filtersNarrowThePublishedAgenda() throws Exception {
        // the current edition's newest published version (0: nothing published yet)
        long newest = TestDb.count(
                "summit_agenda_test",
                "select coalesce(max(version), 0) from agenda_version "
                        + "where summit_id = coalesce((select id from known_edition where current), 1)");
        given().get("/api/agenda").then().statusCode(200).body("version", equalTo((int) newest));
        given().queryParam("day", "2027-03-21")
                .queryParam("topic", "LEGAL")
                .queryParam("kind", "ROUNDTABLE")
                .get("/api/agenda")
                .then()
                .statusCode(200)
                .body("sessions", empty());
    }

    @Test
    void badFiltersAre400WithTheFieldNamed() {
        given().queryParam("topic", "ASTROLOGY")
                .get("/api/agenda")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("violations[0].field", equalTo("topic"));
        given().queryParam("kind", "PARTY")
                .get("/api/agenda")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("violations[0].field", equalTo("kind"));
        given().queryParam("day", "20-03-2027")
                .get("/api/agenda")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("violations[0].field", equalTo("day"));
    }

    record Call(String method, String path, String role) {}

    @Test
    void everyProtectedEndpointIs401WithoutATokenAnd403ForTheOtherRole() {
        String id = UUID.randomUUID().toString();
        List<Call> calls = List.of(
                new Call("POST", "/api/rooms", "organizer"),
                new Call("GET", "/api/rooms", "organizer"),
                new Call("POST", "/api/sessions", "organizer"),
                new Call("PUT", "/api/sessions/" + id, "organizer"),
                new Call("DELETE", "/api/sessions/" + id, "organizer"),
                new Call("POST", "/api/agenda/publish", "organizer"),
                new Call("GET", "/api/agenda/demand", "organizer"),
                new Call("POST", "/api/sessions/" + id + "/registrations", "attendee"),
                new Call("DELETE", "/api/sessions/" + id + "/registrations/me", "attendee"),
                new Call("GET", "/api/agenda/me", "attendee"),
                new Call("GET", "/api/agenda/me.ics", "attendee"),
                new Call("GET", "/api/agenda/me/recommendations", "attendee"));
        for (Call call : calls) {
            String other =
                    call.role().equals("organizer") ? TestTokens.attendee(UUID.randomUUID()) : TestTokens.organizer();
            given().contentType(ContentType.JSON)
                    .body("{}")
                    .request(call.method(), call.path())
                    .then()
                    .statusCode(401)
                    .contentType(PROBLEM);
            given().auth()
                    .oauth2(other)
                    .contentType(ContentType.JSON)
                    .body("{}")
                    .request(call.method(), call.path())
                    .then()
                    .statusCode(403)
                    .contentType(PROBLEM);
        }
    }

    @Test
    void malformedIdsAndBodiesAreProblemsNeverServerErrors() {
        given().get("/api/sessions/not-a-session").then().statusCode(404).contentType(PROBLEM);
        given().auth()
                .oauth2(TestTokens.attendee(UUID.randomUUID()))
                .post("/api/sessions/not-a-session/registrations")
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
        String id = UUID.randomUUID().toString();
        given().auth()
                .oauth2(TestTokens.organizer())
                .contentType(ContentType.JSON)
                .body("{")
                .put("/api/sessions/" + id)
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
        given().auth()
                .oauth2(TestTokens.organizer())
                .contentType(ContentType.JSON)
                .body("{}")
                .put("/api/sessions/" + id)
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
        given().auth()
                .oauth2(TestTokens.organizer())
                .contentType(ContentType.JSON)
                .body("{\"name\": \"X\", \"capacity\": \"many\"}")
                .post("/api/rooms")
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
        given().queryParam("since", "-1")
                .get("/api/agenda/changes")
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
        given().auth()
                .oauth2(TestTokens.organizer())
                .delete("/api/sessions/" + id)
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
    }

    @Test
    void operatorEndpointsAnswer() {
        given().baseUri(Management.baseUri())
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"));
        given().baseUri(Management.baseUri()).get("/q/health/live").then().statusCode(200);
        given().baseUri(Management.baseUri()).get("/q/metrics").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
        // health and metrics are not on the service's own port (the management interface has them)
        given().get("/q/metrics").then().statusCode(404);
        given().get("/q/health/ready").then().statusCode(404);
    }
}
