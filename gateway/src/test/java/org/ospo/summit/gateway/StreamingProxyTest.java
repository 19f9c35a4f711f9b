package org.ospo.summit.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.ospo.summit.platform.testing.EventStream;
import org.ospo.summit.platform.testing.TestTokens;

/**
 * Server-sent events through the gateway, against an attendee-service faked on a socket that streams what the test
 * tells it to: each chunk reaches the client while the answer is still open (nothing buffered), the service ending
 * the stream ends the client's, a client going away closes the service's connection, streams beyond the limit are a
 * 503 problem, and the API's ordinary requests go on as before.
 */
@QuarkusTest
@QuarkusTestResource(value = StreamingProxyTest.StreamingAttendee.class, restrictToAnnotatedClass = true)
class StreamingProxyTest {
    /** what the open stream writes next; {@code END} ends it */
    static final BlockingQueue<String> TO_SEND = new LinkedBlockingQueue<>();

    static final String END = "end";
    /** streams the service has open now */
    static final AtomicInteger OPEN = new AtomicInteger();

    public static class StreamingAttendee extends RawHttp.FakeService {
        public StreamingAttendee() {
            super("attendee", StreamingProxyTest::serve, Map.of("summit.gateway.max-streams-per-service", "2"));
        }
    }

    private static void serve(Socket connection) {
        try (connection;
                InputStream in = connection.getInputStream();
                OutputStream out = connection.getOutputStream()) {
            String line;
            while ((line = RawHttp.readRequest(in)) != null) {
                if (!line.contains("/api/checkins/stream")) {
                    byte[] body = "{\"answered\": true}".getBytes(StandardCharsets.UTF_8);
                    out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                                    + "\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
                    out.write(body);
                    out.flush();
                    continue;
                }
                OPEN.incrementAndGet();
                try {
                    stream(connection, in, out);
                } finally {
                    OPEN.decrementAndGet();
                }
                return;
            }
        } catch (IOException ignored) {
            // the gateway went away
        }
    }

    /** streams until told to end or until the gateway closes the connection */
    private static void stream(Socket connection, InputStream in, OutputStream out) throws IOException {
        out.write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII));
        chunk(out, ": connected\n\n");
        connection.setSoTimeout(100);
        while (true) {
            try {
                if (in.read() == -1) {
                    return; // the gateway closed the connection: the client went away
                }
            } catch (java.net.SocketTimeoutException stillOpen) {
                // nothing from the gateway, as expected while streaming
            }
            String next;
            try {
                next = TO_SEND.poll(1, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (END.equals(next)) {
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                return;
            }
            if (next != null) {
                chunk(out, next);
            }
        }
    }

    private static void chunk(OutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private static URI stream() {
        return URI.create("http://localhost:" + RestAssured.port + "/api/checkins/stream");
    }

    @Test
    void eventsPassAsTheyComeAndEitherEndClosesTheOther() throws Exception {
        try (EventStream door = new EventStream(stream(), TestTokens.organizer())) {
            assertEquals(200, door.response(Duration.ofSeconds(10)).statusCode());
            assertEquals(Map.of("comment", "connected"), door.next(Duration.ofSeconds(5)));
            TO_SEND.add("event: check-in\nid: 1\ndata: {\"fullName\": \"李雷\"}\n\n");
            assertEquals(
                    Map.of("event", "check-in", "id", "1", "data", "{\"fullName\": \"李雷\"}"),
                    door.next(Duration.ofSeconds(5)),
                    "passed on while the answer is still open");
            assertEquals(1, OPEN.get());
        }
        Awaitility.await()
                .atMost(Duration.ofSeconds(5))
                .untilAsserted(
                        () -> assertEquals(0, OPEN.get(), "the client went away: the stream upstream is closed"));

        try (EventStream door = new EventStream(stream(), TestTokens.organizer())) {
            assertEquals(Map.of("comment", "connected"), door.next(Duration.ofSeconds(5)));
            TO_SEND.add(END);
            assertEquals(
                    Map.of("end", ""), door.next(Duration.ofSeconds(5)), "the service ended it: so does the client's");
        }
        given().auth()
                .oauth2(TestTokens.organizer())
                .get("/api/attendees")
                .then()
                .statusCode(200);
    }

    @Test
    void streamsBeyondTheLimitAreRefusedAndTheApiGoesOn() throws Exception {
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> OPEN.get() == 0);
        try (EventStream one = new EventStream(stream(), TestTokens.organizer());
                EventStream two = new EventStream(stream(), TestTokens.organizer())) {
            assertEquals(Map.of("comment", "connected"), one.next(Duration.ofSeconds(5)));
            assertEquals(Map.of("comment", "connected"), two.next(Duration.ofSeconds(5)));
            given().auth()
                    .oauth2(TestTokens.organizer())
                    .accept("text/event-stream")
                    .get("/api/checkins/stream")
                    .then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .body("status", equalTo(503));
            for (int i = 0; i < 5; i++) {
                given().auth()
                        .oauth2(TestTokens.organizer())
                        .get("/api/attendees")
                        .then()
                        .statusCode(200)
                        .body("answered", equalTo(true));
            }
        }
    }
}
