package org.ospo.summit.agenda;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AgendaResourceTest {
    private static final String PROBLEM = "application/problem+json";

    @Test
    void filtersNarrowThePublishedAgenda() {
        given().get("/api/agenda").then().statusCode(200).body("version", org.hamcrest.Matchers.greaterThanOrEqualTo(0));
        given().queryParam("day", "2027-03-21").queryParam("topic", "legal").queryParam("kind", "ROUNDTABLE")
                .get("/api/agenda").then().statusCode(200).body("sessions", empty());
    }

    @Test
    void badFiltersAre400WithTheFieldNamed() {
        given().queryParam("topic", "ASTROLOGY").get("/api/agenda").then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("topic"));
        given().queryParam("kind", "PARTY").get("/api/agenda").then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("kind"));
        given().queryParam("day", "20-03-2027").get("/api/agenda").then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("day"));
    }

    @Test
    void operatorEndpointsAnswer() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }
}
