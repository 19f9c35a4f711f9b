package org.ospo.summit.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.ospo.summit.platform.testing.TestTokens;

/**
 * One agenda instance that answers the first request of each connection and closes the connection on the next one
 * without answering, as a service (or a network) dropping a kept-alive connection does. The gateway reuses the
 * connection for the second request: a read is sent again on a fresh connection and answered, a write is not
 * repeated (503).
 */
@QuarkusTest
@QuarkusTestResource(value = ClosedConnectionTest.DroppingAgenda.class, restrictToAnnotatedClass = true)
class ClosedConnectionTest {
    static final AtomicInteger DROPPED = new AtomicInteger();

    public static class DroppingAgenda implements QuarkusTestResourceLifecycleManager {
        private ServerSocket server;

        @Override
        public Map<String, String> start() {
            try {
                server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            Thread acceptor = new Thread(
                    () -> {
                        while (!server.isClosed()) {
                            try {
                                Socket connection = server.accept();
                                Thread worker = new Thread(() -> serve(connection));
                                worker.setDaemon(true);
                                worker.start();
                            } catch (IOException closed) {
                                return;
                            }
                        }
                    },
                    "dropping-agenda");
            acceptor.setDaemon(true);
            acceptor.start();
            return Map.of("summit.gateway.services.agenda", "http://127.0.0.1:" + server.getLocalPort());
        }

        @Override
        public void stop() {
            try {
                server.close();
            } catch (IOException ignored) {
                // the test is over
            }
        }
    }

    /** answers the connection's first request, drops it at the second */
    private static void serve(Socket connection) {
        try (connection;
                InputStream in = connection.getInputStream();
                OutputStream out = connection.getOutputStream()) {
            for (int request = 1; readRequest(in); request++) {
                if (request > 1) {
                    DROPPED.incrementAndGet();
                    return;
                }
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

    /** reads one request (head and Content-Length body); false at the end of the stream */
    private static boolean readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            head.write(b);
            byte[] h = head.toByteArray();
            int n = h.length;
            if (n >= 4 && h[n - 4] == '\r' && h[n - 3] == '\n' && h[n - 2] == '\r' && h[n - 1] == '\n') {
                for (String line : head.toString(StandardCharsets.US_ASCII).split("\r\n")) {
                    if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                        in.readNBytes(Integer.parseInt(line.substring(15).trim()));
                    }
                }
                return true;
            }
        }
        return false;
    }

    @Test
    void aReadOnADroppedConnectionIsSentAgainAWriteIsNot() {
        given().get("/api/agenda").then().statusCode(200);
        int before = DROPPED.get();
        given().get("/api/agenda").then().statusCode(200);
        assertEquals(before + 1, DROPPED.get(), "the second read met the dropped connection and was sent again");

        // the fresh connection is in the pool now, and is dropped at the write
        given().auth()
                .oauth2(TestTokens.organizer())
                .contentType("application/json")
                .body("{}")
                .post("/api/sessions")
                .then()
                .statusCode(503);
        assertEquals(before + 2, DROPPED.get(), "the write met the next dropped connection and was not repeated");
    }
}
