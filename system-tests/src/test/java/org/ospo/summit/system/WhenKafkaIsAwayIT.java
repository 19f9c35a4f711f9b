package org.ospo.summit.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ospo.summit.platform.testing.TestBroker;

import io.restassured.http.ContentType;

/**
 * What is down degrades only what depends on it. A service that is away: its routes answer 503 problem+json, the
 * others and the gateway's readiness stay. Kafka away: every service stays ready (answering within 2 s), reads and
 * writes still work, and the events written meanwhile arrive once the broker is back. Runs last (failsafe's
 * alphabetical order), because it stops and restarts the test broker.
 */
class WhenKafkaIsAwayIT {

    @BeforeAll
    static void suite() {
        Suite.startBehindGateway();
        Suite.startGatewayWithoutAgenda();
    }

    @Test
    void aServiceThatIsAwayTakesOnlyItsOwnRoutes() {
        String away = Suite.GATEWAY_WITHOUT_AGENDA;
        given().baseUri(away).get("/api/agenda").then().statusCode(503).contentType(Suite.PROBLEM);
        given().baseUri(away).get("/api/summit").then().statusCode(200);
        given().baseUri(away).contentType(ContentType.JSON)
                .body("{\"username\": \"organizer\", \"password\": \"summit-local\"}").post("/api/auth/login").then()
                .statusCode(200);
        given().baseUri("http://127.0.0.1:" + Suite.management(18090)).get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"));
    }

    @Test
    void kafkaAwayDelaysEventsAndNothingElse() {
        String organizer = Suite.organizerToken();
        TestBroker.stop();
        String attendeeToken;
        try {
            for (int port : new int[] { 18081, 18082, 18083, 18080 }) {
                long started = System.nanoTime();
                given().baseUri("http://127.0.0.1:" + Suite.management(port)).get("/q/health/ready").then()
                        .statusCode(200);
                long ms = Duration.ofNanos(System.nanoTime() - started).toMillis();
                assertTrue(ms < 2000, "readiness of :" + port + " took " + ms + " ms with Kafka away");
            }
            given().get("/api/agenda").then().statusCode(200);
            String token = given().auth().oauth2(organizer).contentType(ContentType.JSON)
                    .body("{\"email\": \"offline-" + UUID.randomUUID() + "@example.com\", \"fullName\": \"Off Line\", "
                            + "\"company\": \"Away Corp\", \"locale\": \"en\", \"criteria\": [\"EVANGELIST\"]}")
                    .post("/api/invitations").then().statusCode(201).extract().path("token");
            attendeeToken = given().post("/api/rsvp/" + token + "/accept").then().statusCode(200)
                    .body("status", equalTo("ACCEPTED")).extract().path("accessToken");
            // attendee-service learns of the acceptance only through Kafka: not yet
            assertEquals(404, given().auth().oauth2(attendeeToken).get("/api/attendees/me").statusCode());
        } finally {
            TestBroker.start();
        }
        // the outbox kept the event: it arrives once the broker is back
        Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).until(() ->
                given().auth().oauth2(attendeeToken).get("/api/attendees/me").statusCode() == 200);
    }
}
