package org.ospo.summit.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The packaged services in their production profile start only with explicit secrets and name the one that is
 * missing; the gateway allows no browser origin unless one is configured.
 */
class ProductionDefaultsIT {

    @Test
    void noDatabasePasswordNoStartAndItIsNamed() throws Exception {
        assertRefusesToStart("attendee-service", 18182, "SUMMIT_DB_PASSWORD");
    }

    @Test
    void noSealKeyNoStartAndItIsNamed() throws Exception {
        assertRefusesToStart("invitation-service", 18181, "SUMMIT_TOKEN_SEAL_KEY");
    }

    @Test
    void aGatewayWithoutConfiguredOriginsAllowsNone() throws Exception {
        Process gateway = Suite.launch("gateway", 18190, Map.of("SUMMIT_CORS_ORIGINS", ""));
        try {
            Suite.await("gateway (no origins)", Suite.management(18190), "/q/health/ready");
            given().baseUri("http://127.0.0.1:18190")
                    .header("Origin", "http://localhost:5173")
                    .header("Access-Control-Request-Method", "POST")
                    .options("/api/invitations")
                    .then()
                    .statusCode(403)
                    .contentType(Suite.PROBLEM);
        } finally {
            gateway.destroy();
            gateway.waitFor(20, TimeUnit.SECONDS);
        }
    }

    private static void assertRefusesToStart(String service, int port, String variable) throws Exception {
        // no broker for it: this process must never join the running suite's consumer groups
        Process process = Suite.launch(service, port, Map.of(variable, "", "KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9"));
        try {
            assertTrue(process.waitFor(120, TimeUnit.SECONDS), service + " without " + variable + " keeps running");
            assertNotEquals(0, process.exitValue());
            String log = Files.readString(Suite.logOf(service, port));
            assertTrue(log.contains(variable), service + " does not name " + variable + ":\n" + log);
        } finally {
            process.destroyForcibly();
        }
    }
}
