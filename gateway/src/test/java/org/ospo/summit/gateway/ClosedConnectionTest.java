package org.ospo.summit.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.ospo.summit.platform.testing.TestTokens;

/**
 * One agenda instance that answers the first request of each connection and closes the connection on the next one
 * without answering, as a service (or a network) dropping a kept-alive connection does: every idle connection in the
 * gateway's pool is one it will drop. A read that meets one is sent again on a new connection, never another pooled
 * one, and answered; a write is not repeated (503).
 */
@QuarkusTest
@QuarkusTestResource(value = ClosedConnectionTest.DroppingAgenda.class, restrictToAnnotatedClass = true)
class ClosedConnectionTest {
    static final AtomicInteger DROPPED = new AtomicInteger();
    /** the request lines the agenda answered */
    static final List<String> ANSWERED = new CopyOnWriteArrayList<>();

    public static class DroppingAgenda extends RawHttp.FakeService {
        public DroppingAgenda() {
            super("agenda", ClosedConnectionTest::serve, Map.of());
        }
    }

    /** answers the connection's first request, drops it at the second */
    private static void serve(Socket connection) {
        try (connection;
                InputStream in = connection.getInputStream();
                OutputStream out = connection.getOutputStream()) {
            String line;
            for (int request = 1; (line = RawHttp.readRequest(in)) != null; request++) {
                if (request > 1) {
                    DROPPED.incrementAndGet();
                    return;
                }
                ANSWERED.add(line);
                byte[] body = "{\"answered\": true}".getBytes(StandardCharsets.UTF_8);
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                                + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
            }
        } catch (IOException ignored) {
            // the gateway went away
        }
    }

    @Test
    void aReadOnADroppedConnectionIsSentAgainAWriteIsNot() {
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> ANSWERED.stream().anyMatch(line -> line.contains("/q/openapi")));
        // until a read is answered on its first try: whatever the start left idle in the pool has been met by then,
        // and the connection that read used is the pool's one idle connection
        int dropped;
        do {
            dropped = DROPPED.get();
            given().get("/api/agenda").then().statusCode(200);
        } while (DROPPED.get() != dropped);

        given().get("/api/agenda").then().statusCode(200);
        assertEquals(dropped + 1, DROPPED.get(), "the read met the dropped connection and was sent again");

        given().get("/api/agenda").then().statusCode(200);
        assertEquals(dropped + 1, DROPPED.get(), "sent again on a new connection, not put back in the pool");
        given().auth()
                .oauth2(TestTokens.organizer())
                .contentType("application/json")
                .body("{}")
                .post("/api/sessions")
                .then()
                .statusCode(503);
        assertEquals(dropped + 2, DROPPED.get(), "the write met the dropped connection and was not repeated");
    }
}
