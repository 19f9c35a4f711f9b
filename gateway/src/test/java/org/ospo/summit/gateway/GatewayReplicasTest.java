package org.ospo.summit.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.ospo.summit.platform.testing.TestTokens;

/**
 * A service with several replicas: the gateway uses them in turn, leaves out one that refuses connections (the
 * request goes to the next, the client never sees the refusal) and takes it back after its cool-down.
 * Three agenda replicas: one that never listens (port 9) and two small HTTP servers that say who they are.
 */
@QuarkusTest
@TestProfile(GatewayReplicasTest.ThreeAgendaReplicas.class)
@QuarkusTestResource(value = GatewayReplicasTest.Replicas.class, restrictToAnnotatedClass = true)
class GatewayReplicasTest {
    static final Map<String, HttpServer> SERVERS = new HashMap<>();

    public static class ThreeAgendaReplicas implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("summit.gateway.instance-cooldown", "PT0.3S");
        }
    }

    /** starts replicas a and b before the gateway and names all three in its configuration */
    public static class Replicas implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            int a = serve("a", 0), b = serve("b", 0);
            return Map.of(
                    "summit.gateway.services.agenda",
                    "http://127.0.0.1:9,http://127.0.0.1:" + a + ",http://127.0.0.1:" + b);
        }

        @Override
        public void stop() {
            SERVERS.values().forEach(s -> s.stop(0));
        }
    }

    static int serve(String name, int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
            server.createContext("/", exchange -> {
                byte[] body = ("{\"replica\": \"" + name + "\"}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            SERVERS.put(name, server);
            return server.getAddress().getPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Integer> answers(int requests) {
        Map<String, Integer> byReplica = new HashMap<>();
        for (int i = 0; i < requests; i++) {
            String replica =
                    given().get("/api/agenda").then().statusCode(200).extract().path("replica");
            byReplica.merge(replica, 1, Integer::sum);
        }
        return byReplica;
    }

    @Test
    void replicasInTurnARefusingOneLeftOutAndTakenBackAfterItsCoolDown() throws Exception {
        // the one on port 9 refuses: every request still gets an answer, from a and b in turn
        Map<String, Integer> both = answers(40);
        assertEquals(40, both.values().stream().mapToInt(Integer::intValue).sum());
        assertTrue(both.get("a") >= 13 && both.get("b") >= 13, both::toString);

        // b goes away: everything goes to a, nobody sees an error
        int portB = SERVERS.get("b").getAddress().getPort();
        SERVERS.get("b").stop(0);
        assertEquals(Map.of("a", 20), answers(20));

        // b is back: after the cool-down it is in the rotation again
        serve("b", portB);
        Awaitility.await()
                .atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> answers(2).containsKey("b"));
        Map<String, Integer> again = answers(40);
        assertTrue(again.getOrDefault("b", 0) >= 10, again::toString);
    }

    @Test
    void anAttendeesSummitAsksTheReplicasInTurnAndPassesOverARefusingOne() throws Exception {
        String attendee = TestTokens.attendee(UUID.randomUUID());
        Map<String, Integer> byReplica = new HashMap<>();
        for (int i = 0; i < 30; i++) {
            // every third call, let the cool-down (0.3 s) run out: the replica on port 9 is in the rotation again and
            // refuses again (the time passing is what is tested, not something to wait for)
            Thread.sleep(i % 3 == 0 ? 350 : 0);
            var me = given().auth()
                    .oauth2(attendee)
                    .get("/api/me/summit")
                    .then()
                    .statusCode(200)
                    .extract();
            List<String> unavailable = me.path("unavailable");
            assertTrue(!unavailable.contains("agenda"), "agenda unavailable on call " + i + ": " + me.asString());
            byReplica.merge(me.path("agenda.replica"), 1, Integer::sum);
        }
        assertTrue(byReplica.getOrDefault("a", 0) >= 5 && byReplica.getOrDefault("b", 0) >= 5, byReplica::toString);
    }
}
