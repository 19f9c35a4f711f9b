package org.ospo.summit.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/** A service faked on a plain socket, for what a real one would not do on demand (drop, stall, stream). */
final class RawHttp {
    private RawHttp() {}

    /**
     * A service of the gateway's (its {@code summit.gateway.services} name) faked on a socket for one test class;
     * the gateway's own OpenAPI fetch (a second after start) happens once, not again during the test.
     */
    abstract static class FakeService implements QuarkusTestResourceLifecycleManager {
        private final String service;
        private final Consumer<Socket> serve;
        private final Map<String, String> config;
        private ServerSocket server;

        FakeService(String service, Consumer<Socket> serve, Map<String, String> config) {
            this.service = service;
            this.serve = serve;
            this.config = config;
        }

        @Override
        public Map<String, String> start() {
            server = RawHttp.serve("fake-" + service, serve);
            Map<String, String> all = new HashMap<>(config);
            all.put("summit.gateway.services." + service, "http://127.0.0.1:" + server.getLocalPort());
            all.put("summit.gateway.openapi.refresh", "PT1H");
            return all;
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

    /** a loopback server handing each connection to {@code serve} on a thread of its own */
    static ServerSocket serve(String name, Consumer<Socket> serve) {
        ServerSocket server;
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
                            Thread worker = new Thread(() -> serve.accept(connection));
                            worker.setDaemon(true);
                            worker.start();
                        } catch (IOException closed) {
                            return;
                        }
                    }
                },
                name);
        acceptor.setDaemon(true);
        acceptor.start();
        return server;
    }

    /** reads one request (head and Content-Length body): its request line; null at the end of the stream */
    static String readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            head.write(b);
            byte[] h = head.toByteArray();
            int n = h.length;
            if (n >= 4 && h[n - 4] == '\r' && h[n - 3] == '\n' && h[n - 2] == '\r' && h[n - 1] == '\n') {
                String[] lines = head.toString(StandardCharsets.US_ASCII).split("\r\n");
                for (String line : lines) {
                    if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                        in.readNBytes(Integer.parseInt(line.substring(15).trim()));
                    }
                }
                return lines[0];
            }
        }
        return null;
    }
}
