package org.ospo.summit.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * RSVP tokens and JWTs never reach a metrics label or a log line: RSVP traffic (the API, the page, path variants,
 * unknown sub-paths) goes through the gateway, then every management interface is scraped and every log read.
 * Health and metrics are not reachable through the gateway at all.
 */
class NoSecretsInTelemetryIT {

    @BeforeAll
    static void suite() {
        Suite.startBehindGateway();
        Suite.startGatewayWithoutAgenda();
    }

    @Test
    void noTokenInAnyMetricOrLogAfterRsvpTraffic() throws IOException {
        String organizer = Suite.organizerToken();
        List<String> secrets = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String token = given().auth()
                    .oauth2(organizer)
                    .contentType(ContentType.JSON)
                    .body("{\"email\": \"telemetry-" + UUID.randomUUID()
                            + "@example.com\", \"fullName\": \"Tele Metry\", "
                            + "\"company\": \"Probe Corp\", \"locale\": \"en\", \"criteria\": [\"EVANGELIST\"]}")
                    .post("/api/invitations")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("token");
            secrets.add(token);
            for (String base : new String[] {Suite.GATEWAY, Suite.GATEWAY_WITHOUT_AGENDA}) {
                given().baseUri(base).get("/api/rsvp/" + token).then().statusCode(200);
                given().baseUri(base).get("/rsvp/" + token).then().statusCode(200);
                given().baseUri(base)
                        .urlEncodingEnabled(false)
                        .get("/api/rsvp/" + token + ";x=1/")
                        .then()
                        .statusCode(200);
                given().baseUri(base)
                        .get("/api/rsvp/" + token + "/unknown")
                        .then()
                        .statusCode(404);
                given().baseUri(base).put("/api/rsvp/" + token).then().statusCode(405);
                given().baseUri(base).get("/rsvp/" + token + "/more").then().statusCode(404);
            }
            String jwt = given().post("/api/rsvp/" + token + "/accept")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("accessToken");
            given().post("/api/rsvp/" + token + "/token").then().statusCode(200);
            secrets.add(Jwts.signature(jwt));
            // an unknown token too (a guess is as secret as a hit)
            String guess = "guess" + UUID.randomUUID().toString().replace("-", "");
            given().get("/api/rsvp/" + guess).then().statusCode(404);
            secrets.add(guess);
        }
        secrets.add(Jwts.signature(organizer));

        assertEquals(List.of(), Suite.secretsInTelemetry(secrets));
        String gatewayMetrics =
                given().baseUri(Suite.managementUris().get(3)).get("/q/metrics").asString();
        assertTrue(gatewayMetrics.contains("uri=\"/api/rsvp/{token}\""), "the gateway labels the route template");
    }

    @Test
    void healthAndMetricsAreNotRoutedByTheGateway() {
        for (String path : new String[] {
            "/q/metrics",
            "/q/health",
            "/q/health/ready",
            "/q/health/live",
            "/q/openapi-gateway",
            "/q/info",
            "/q/dev-ui",
            "/q/metrics/",
            "/q/../q/metrics"
        }) {
            given().urlEncodingEnabled(false).get(path).then().statusCode(404).contentType(Suite.PROBLEM);
        }
        given().get("/q/openapi").then().statusCode(200);
        given().get("/q/swagger-ui/").then().statusCode(200);
        // and the services' own ports do not serve them either (their management ports do)
        given().baseUri(Suite.url("invitation-service"))
                .get("/q/metrics")
                .then()
                .statusCode(404);
        given().baseUri("http://127.0.0.1:" + Suite.management(Suite.port("invitation-service")))
                .get("/q/health/ready")
                .then()
                .statusCode(200);
    }
}
