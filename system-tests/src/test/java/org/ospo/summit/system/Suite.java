package org.ospo.summit.system;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The packaged suite, started once per test JVM: the four quarkus-run.jar in prod mode on ports 1808x, against the
 * *_test databases and the test broker (127.0.0.1:19092), each with its log in target/system-test-logs.
 */
final class Suite {
    static final String GATEWAY = "http://127.0.0.1:18080";
    private static final Map<String, Integer> PORTS = new LinkedHashMap<>();
    static {
        PORTS.put("invitation-service", 18081);
        PORTS.put("attendee-service", 18082);
        PORTS.put("agenda-service", 18083);
        PORTS.put("gateway", 18080);
    }
    /** a second gateway whose agenda-service address answers nothing, for "a service is down" */
    static final String GATEWAY_WITHOUT_AGENDA = "http://127.0.0.1:18090";
    private static final List<Process> PROCESSES = new ArrayList<>();
    private static boolean started;
    private static boolean gatewayWithoutAgenda;

    private Suite() {
    }

    static synchronized void start() {
        if (started) {
            return;
        }
        started = true;
        Runtime.getRuntime().addShutdownHook(new Thread(Suite::stop));
        PORTS.forEach((service, port) -> PROCESSES.add(launch(service, port, Map.of())));
        PORTS.forEach((service, port) -> await(service, port, "/q/health/ready"));
    }

    /** Starts the suite (once) and points RestAssured at its gateway. */
    static void startBehindGateway() {
        start();
        io.restassured.RestAssured.baseURI = GATEWAY;
        io.restassured.RestAssured.port = -1;
    }

    /** Starts (once) a second gateway on 18090 in front of the same services, except agenda-service, which is away. */
    static synchronized void startGatewayWithoutAgenda() {
        start();
        if (gatewayWithoutAgenda) {
            return;
        }
        gatewayWithoutAgenda = true;
        PROCESSES.add(launch("gateway", 18090, Map.of("SUMMIT_AGENDA_URL", "http://127.0.0.1:9")));
        // not ready by design (a service is away): wait until it lives
        await("gateway (agenda away)", 18090, "/q/health/live");
    }

    private static Process launch(String service, int port, Map<String, String> overrides) {
        Path root = Path.of(System.getProperty("summit.root", "..")).toAbsolutePath().normalize();
        File logs = root.resolve("system-tests/target/system-test-logs").toFile();
        logs.mkdirs();
        List<String> command = new ArrayList<>(List.of("java", "-Xmx256m", "-Dquarkus.http.port=" + port));
        String base = service.replace("-service", "");
        if (!service.equals("gateway")) {
            command.add("-Dsummit.db.name=summit_" + base + "_test");
        }
        if (service.equals("invitation-service")) {
            command.add("-Dsummit.auth.accounts.organizer=summit-local");
            command.add("-Dsummit.public-url=" + GATEWAY);
        }
        command.addAll(List.of("-jar", root.resolve(service + "/target/quarkus-app/quarkus-run.jar").toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(new File(logs, service + (overrides.isEmpty() ? "" : "-" + port) + ".log"));
        Map<String, String> env = builder.environment();
        env.putIfAbsent("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:19092");
        env.putIfAbsent("SUMMIT_JWT_PUBLIC_KEY", root.resolve(".summit/keys/jwt-public.pem").toString());
        env.putIfAbsent("SUMMIT_JWT_PRIVATE_KEY", root.resolve(".summit/keys/jwt-private.pem").toString());
        env.put("SUMMIT_LOG_JSON", "false");
        env.put("SUMMIT_MAIL_MOCK", "true");
        env.put("SUMMIT_DEADLINE_CHECK_EVERY", "2s");
        env.putIfAbsent("SUMMIT_TOKEN_SEAL_KEY", "c3lzdGVtLXRlc3RzLXNlYWwta2V5LW9ubHktMzJieXQ=");
        env.put("SUMMIT_INVITATION_URL", "http://127.0.0.1:18081");
        env.put("SUMMIT_ATTENDEE_URL", "http://127.0.0.1:18082");
        env.put("SUMMIT_AGENDA_URL", "http://127.0.0.1:18083");
        env.putAll(overrides);
        try {
            return builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + service, e);
        }
    }

    private static void await(String service, int port, String health) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + health)).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(service + " not ready on port " + port
                + " within 120 s; see system-tests/target/system-test-logs/" + service + ".log");
    }

    static synchronized void stop() {
        for (Process p : PROCESSES) {
            p.destroy();
        }
        for (Process p : PROCESSES) {
            try {
                if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        PROCESSES.clear();
    }
}
