package org.ospo.summit.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The gateway keeps answering after load bursts that end with requests in flight: 64 keep-alive connections
 * hammer it through the real services, then every one of them is reset (SO_LINGER 0) right after sending a request
 * or halfway through writing one. Five rounds; then normal traffic must get correct answers.
 */
class GatewayBurstIT {
    private static final int CONNECTIONS = 64;
    private static final byte[] REQUEST = ("GET /api/agenda HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json"
                    + "\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);

    @BeforeAll
    static void suite() {
        Suite.start();
    }

    @Test
    void stillAnswersAfterBurstsAreCutOffMidFlight() throws Exception {
        for (int round = 1; round <= 5; round++) {
            long answered = burst(Duration.ofSeconds(2), round % 2 == 0);
            System.out.printf(
                    "burst %d: %d responses, then %d connections reset mid-flight%n", round, answered, CONNECTIONS);
            assertTrue(answered > 0, "the burst got answers");
        }
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        for (int i = 0; i < 100; i++) {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(Suite.GATEWAY + "/api/agenda"))
                            .timeout(Duration.ofSeconds(5))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), "request " + i + " after the bursts");
            assertTrue(response.body().contains("\"version\""), response.body());
        }
        HttpResponse<String> login = http.send(
                HttpRequest.newBuilder(URI.create(Suite.GATEWAY + "/api/auth/login"))
                        .timeout(Duration.ofSeconds(5))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"username\":\"organizer\",\"password\":\"summit-local\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, login.statusCode(), login.body());
        HttpResponse<String> ready = http.send(
                HttpRequest.newBuilder(URI.create(
                                "http://127.0.0.1:" + Suite.management(Suite.port("gateway")) + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(5))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ready.statusCode(), ready.body());
    }

    /** Keep-alive load for the given time, then every connection is reset with a request in flight. */
    private static long burst(Duration length, boolean halfWrittenCut) throws Exception {
        AtomicBoolean cut = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
        List<Future<Long>> workers = new ArrayList<>();
        for (int i = 0; i < CONNECTIONS; i++) {
            workers.add(pool.submit(() -> hammer(cut, halfWrittenCut)));
        }
        Thread.sleep(length.toMillis());
        cut.set(true);
        long answered = 0;
        for (Future<Long> worker : workers) {
            answered += worker.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
        return answered;
    }

    private static long hammer(AtomicBoolean cut, boolean halfWrittenCut) throws IOException {
        long answered = 0;
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", Suite.port("gateway")), 2000);
        socket.setSoTimeout(10_000);
        OutputStream out = socket.getOutputStream();
        InputStream in = new BufferedInputStream(socket.getInputStream());
        try {
            while (!cut.get()) {
                out.write(REQUEST);
                out.flush();
                readResponse(in);
                answered++;
            }
            out.write(REQUEST, 0, halfWrittenCut ? REQUEST.length / 2 : REQUEST.length);
            out.flush();
        } finally {
            socket.setSoLinger(true, 0);
            socket.close();
        }
        return answered;
    }

    private static void readResponse(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed by the gateway");
            }
            head.append((char) b);
        }
        int length = 0;
        for (String line : head.toString().split("\r\n")) {
            if (line.toLowerCase().startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).trim());
            }
        }
        in.readNBytes(length);
    }
}
