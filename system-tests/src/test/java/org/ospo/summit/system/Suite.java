package org.ospo.summit.system;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.ospo.summit.platform.testing.ProblemBodies;
import org.ospo.summit.platform.testing.SpecConformance;
import org.ospo.summit.platform.testing.TestBroker;

/**
 * The packaged suite, started once per test JVM: the four quarkus-run.jar in prod mode, each on its own port (the
 * one its application.properties sets) + {@value #OFFSET}, so 1808x beside a local run on 808x (management
 * interface: the port + 1000), against the *_test databases and the test broker (127.0.0.1:19092, emptied first),
 * each with its log in target/system-test-logs.
 */
final class Suite {
    /** how far the system tests' ports are from the local run's */
    static final int OFFSET = 10_000;

    private static final Map<String, Integer> PORTS = new LinkedHashMap<>();

    static {
        for (String app : List.of("invitation-service", "attendee-service", "agenda-service", "gateway")) {
            PORTS.put(app, appPort(app) + OFFSET);
        }
    }

    static final String GATEWAY = url("gateway");
    static final String PROBLEM = "application/problem+json";
    /** a second gateway whose agenda-service address answers nothing, for "a service is down" */
    static final int GATEWAY_WITHOUT_AGENDA_PORT = PORTS.get("gateway") + 10;

    static final String GATEWAY_WITHOUT_AGENDA = "http://127.0.0.1:" + GATEWAY_WITHOUT_AGENDA_PORT;

    private static final List<Process> PROCESSES = new ArrayList<>();
    /** the first replica of each service, by name (for the tests that stop and restart them) */
    private static final Map<String, Process> PRIMARIES = new LinkedHashMap<>();

    private static final AtomicInteger CLIENTS = new AtomicInteger();
    private static boolean started;
    private static boolean gatewayWithoutAgenda;

    private Suite() {}

    static synchronized void start() {
        if (started) {
            return;
        }
        started = true;
        // an empty broker: every event the suite's consumers see is one the suite wrote into these databases (the
        // modules' tests before them clean their databases on every start, so their events would not match them)
        TestBroker.reset();
        Runtime.getRuntime().addShutdownHook(new Thread(Suite::stop));
        PORTS.forEach((service, port) -> {
            Process p = launch(service, port, Map.of());
            PRIMARIES.put(service, p);
            PROCESSES.add(p);
        });
        PORTS.forEach((service, port) -> await(service, management(port), "/q/health/ready"));
    }

    static final List<String> BACKENDS = List.of("invitation-service", "attendee-service", "agenda-service");

    /**
     * Stops the first replica of every backend service (SIGTERM, as an orchestrator would), runs {@code whileStopped},
     * then starts them again as they were (their logs go on) and waits until they are ready. The gateway stays.
     */
    static synchronized void restartBackends(Runnable whileStopped) {
        start();
        List<Process> backends = BACKENDS.stream().map(PRIMARIES::get).toList();
        terminate(backends, 60);
        PROCESSES.removeAll(backends);
        whileStopped.run();
        for (String service : BACKENDS) {
            Process p = launch(service, PORTS.get(service), Map.of(), true);
            PRIMARIES.put(service, p);
            PROCESSES.add(p);
        }
        for (String service : BACKENDS) {
            await(service + " (restarted)", management(PORTS.get(service)), "/q/health/ready");
        }
    }

    /**
     * An invitee's own address for X-Forwarded-For, new on every call: the gateway limits RSVP requests per client,
     * and a test that stands in for many invitees must look like many.
     */
    static String clientAddress() {
        int n = CLIENTS.incrementAndGet();
        return "10.20." + (n / 250) % 250 + "." + (n % 250 + 1);
    }

    /** Sets the summit's capacity (the other settings as they are), through the suite's gateway. */
    static void summitCapacity(String organizer, int capacity) {
        Map<String, Object> body = new LinkedHashMap<>(RestAssured.given()
                .baseUri(GATEWAY)
                .get("/api/summit")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("$"));
        body.keySet()
                .retainAll(List.of(
                        "name",
                        "startsAt",
                        "endsAt",
                        "timezone",
                        "venue",
                        "rsvpDeadline",
                        "referralQuota",
                        "openConferenceUrl"));
        body.put("capacity", capacity);
        RestAssured.given()
                .baseUri(GATEWAY)
                .auth()
                .oauth2(organizer)
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/summit")
                .then()
                .statusCode(200);
    }

    /** Exactly {@code n} seats free: capacity for everyone accepted and waiting, plus n (raising it promotes the waiting). */
    static void freeSeats(String organizer, int n) {
        Map<String, Object> stats = RestAssured.given()
                .baseUri(GATEWAY)
                .auth()
                .oauth2(organizer)
                .get("/api/invitations/stats")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("$");
        summitCapacity(
                organizer,
                ((Number) stats.get("seatsTaken")).intValue() + ((Number) stats.get("waitlisted")).intValue() + n);
    }

    /** what a test does that needs one seat (an acceptance) */
    interface SeatedTest {
        void run() throws Exception;
    }

    /**
     * Runs {@code test} with one seat more than the edition has left, then leaves as many seats left as there were,
     * so the tests after it find the edition as they would have without it.
     */
    static void withOneMoreSeat(String organizer, SeatedTest test) throws Exception {
        int seatsLeft = seatsLeft(organizer);
        freeSeats(organizer, seatsLeft + 1);
        try {
            test.run();
        } finally {
            freeSeats(organizer, seatsLeft);
        }
    }

    /** invitation id → RSVP token of n new invitations, created through {@code gateway} (20 organizer requests at a time) */
    static Map<String, String> invite(String gateway, String organizer, int n, String label) throws Exception {
        List<Callable<Response>> creations = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String body = "{\"email\": \"" + label + "-" + UUID.randomUUID() + "@example.com\", \"fullName\": \""
                    + label + " " + i + "\", \"company\": \"Open Corp\", \"locale\": \"en\", "
                    + "\"criteria\": [\"OSPO_PRACTITIONER\"]}";
            creations.add(() -> RestAssured.given()
                    .baseUri(gateway)
                    .auth()
                    .oauth2(organizer)
                    .contentType(ContentType.JSON)
                    .body(body)
                    .post("/api/invitations"));
        }
        Map<String, String> tokens = new LinkedHashMap<>();
        for (Response created : concurrently(20, creations)) {
            if (created.statusCode() != 201) {
                throw new AssertionError("creating an invitation: " + created.statusCode() + " " + created.asString());
            }
            tokens.put(created.path("id"), created.path("token"));
        }
        return tokens;
    }

    /** runs the calls on {@code threads} threads; their results in order */
    static <T> List<T> concurrently(int threads, List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> f : pool.invokeAll(calls)) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** how many seats are free now */
    static int seatsLeft(String organizer) {
        return RestAssured.given()
                .baseUri(GATEWAY)
                .auth()
                .oauth2(organizer)
                .get("/api/invitations/stats")
                .then()
                .statusCode(200)
                .extract()
                .path("seatsLeft");
    }

    /** Starts the suite (once) and points RestAssured at its gateway. */
    static void startBehindGateway() {
        start();
        // every problem body any system test receives is parsed strictly (duplicate members fail the test), and every
        // exchange is held to the OpenAPI document of the origin it goes to (the gateway's merged one, or a service's)
        ProblemBodies.install();
        SpecConformance.install();
        RestAssured.baseURI = GATEWAY;
        RestAssured.port = -1;
    }

    /** A fresh token of the local organizer (signed in through the gateway). */
    static String organizerToken() {
        return RestAssured.given()
                .baseUri(GATEWAY)
                .contentType(ContentType.JSON)
                .body("{\"username\": \"organizer\", \"password\": \"summit-local\"}")
                .post("/api/auth/login")
                .then()
                .statusCode(200)
                .extract()
                .path("accessToken");
    }

    /** Starts (once) a second gateway (the gateway's port + 10) in front of the same services, except agenda-service, which is away. */
    static synchronized void startGatewayWithoutAgenda() {
        start();
        if (gatewayWithoutAgenda) {
            return;
        }
        gatewayWithoutAgenda = true;
        PROCESSES.add(
                launch("gateway", GATEWAY_WITHOUT_AGENDA_PORT, Map.of("SUMMIT_AGENDA_URL", "http://127.0.0.1:9")));
        await("gateway (agenda away)", management(GATEWAY_WITHOUT_AGENDA_PORT), "/q/health/ready");
    }

    /** the second replica of each service: its port + 100 (management + 1000) */
    static final int REPLICA_OFFSET = 100;
    /** a gateway in front of both replicas of every service */
    static final int GATEWAY_OF_REPLICAS_PORT = PORTS.get("gateway") + 11;

    static final String GATEWAY_OF_REPLICAS = "http://127.0.0.1:" + GATEWAY_OF_REPLICAS_PORT;

    private static final List<Process> REPLICAS = new ArrayList<>();

    /** Starts (once) a second replica of each service and a gateway (the gateway's port + 11) that uses both replicas in turn. */
    static synchronized void startReplicas() {
        start();
        if (!REPLICAS.isEmpty()) {
            return;
        }
        for (String service : BACKENDS) {
            REPLICAS.add(launch(service, PORTS.get(service) + REPLICA_OFFSET, Map.of("SUMMIT_REPLICA", "2")));
        }
        Map<String, String> both = new LinkedHashMap<>();
        for (String service : BACKENDS) {
            int port = PORTS.get(service);
            both.put(
                    "SUMMIT_" + service.replace("-service", "").toUpperCase() + "_URL",
                    "http://127.0.0.1:" + port + ",http://127.0.0.1:" + (port + REPLICA_OFFSET));
        }
        REPLICAS.add(launch("gateway", GATEWAY_OF_REPLICAS_PORT, both));
        PROCESSES.addAll(REPLICAS);
        for (String service : BACKENDS) {
            await(service + " (replica 2)", management(PORTS.get(service) + REPLICA_OFFSET), "/q/health/ready");
        }
        await("gateway (replicas)", management(GATEWAY_OF_REPLICAS_PORT), "/q/health/ready");
    }

    /** Kills the second replica of a service at once (SIGKILL: no shutdown, requests in flight are cut off). */
    static synchronized void killReplica(String service) {
        int index = BACKENDS.indexOf(service);
        REPLICAS.get(index).destroyForcibly();
    }

    /** Stops the second replicas and their gateway (SIGTERM, then the suite's first replicas carry on alone). */
    static synchronized void stopReplicas() {
        terminate(REPLICAS, 60);
        PROCESSES.removeAll(REPLICAS);
        REPLICAS.clear();
    }

    /** the port of a service's first replica */
    static int port(String service) {
        return PORTS.get(service);
    }

    /** the address of a service's first replica */
    static String url(String service) {
        return "http://127.0.0.1:" + port(service);
    }

    /** the ports of the suite's first replicas: the three services, then the gateway */
    static List<Integer> ports() {
        return List.copyOf(PORTS.values());
    }

    /** quarkus.http.port as the app's application.properties sets it (infra/ports.sh reads the same line) */
    private static int appPort(String app) {
        Path properties = Path.of(System.getProperty("summit.root", ".."))
                .resolve(app)
                .resolve("src/main/resources/application.properties");
        try {
            return Files.readAllLines(properties).stream()
                    .filter(line -> line.startsWith("quarkus.http.port="))
                    .map(line -> Integer.parseInt(
                            line.substring("quarkus.http.port=".length()).trim()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no quarkus.http.port in " + properties));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts one packaged service on {@code port} (management: port + 1000) with the suite's environment and these
     * overrides (an empty value removes the variable); its log is target/system-test-logs/SERVICE[-PORT].log.
     */
    static Process launch(String service, int port, Map<String, String> overrides) {
        return launch(service, port, overrides, false);
    }

    private static Process launch(String service, int port, Map<String, String> overrides, boolean appendLog) {
        Path root = Path.of(System.getProperty("summit.root", ".."))
                .toAbsolutePath()
                .normalize();
        File logs = root.resolve("system-tests/target/system-test-logs").toFile();
        logs.mkdirs();
        List<String> command = new ArrayList<>(List.of(
                "java", "-Xmx256m", "-Dquarkus.http.port=" + port, "-Dquarkus.management.port=" + management(port)));
        String base = service.replace("-service", "");
        if (!service.equals("gateway")) {
            command.add("-Dsummit.db.name=summit_" + base + "_test");
        }
        if (service.equals("invitation-service")) {
            command.add("-Dsummit.auth.accounts.organizer=summit-local");
            command.add("-Dsummit.public-url=" + GATEWAY);
        }
        command.addAll(List.of(
                "-jar",
                root.resolve(service + "/target/quarkus-app/quarkus-run.jar").toString()));
        File log = new File(logs, service + (overrides.isEmpty() ? "" : "-" + port) + ".log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(appendLog ? ProcessBuilder.Redirect.appendTo(log) : ProcessBuilder.Redirect.to(log));
        Map<String, String> env = builder.environment();
        env.putIfAbsent("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:19092");
        env.putIfAbsent(
                "SUMMIT_JWT_PUBLIC_KEY",
                root.resolve(".summit/keys/jwt-public.pem").toString());
        // only invitation-service signs: the others never see the signing key
        env.remove("SUMMIT_JWT_PRIVATE_KEY");
        if (service.equals("invitation-service")) {
            env.put(
                    "SUMMIT_JWT_PRIVATE_KEY",
                    root.resolve(".summit/keys/jwt-private.pem").toString());
        }
        env.put("SUMMIT_LOG_JSON", "false");
        env.putIfAbsent("SUMMIT_DB_PASSWORD", "summit");
        // up to ten services' processes share the machine's PostgreSQL (max_connections 100 by default)
        env.putIfAbsent("SUMMIT_DB_POOL_SIZE", "8");
        env.put("SUMMIT_CORS_ORIGINS", "http://localhost:5173");
        // the tests stand in for an ingress on loopback: their X-Forwarded-For names the client (rate limits per
        // client)
        env.put("SUMMIT_TRUSTED_PROXIES", "127.0.0.1");
        env.put("SUMMIT_MAIL_MOCK", "true");
        env.put("SUMMIT_DEADLINE_CHECK_EVERY", "2s");
        // the tests' day, as in every module's tests: before the test summit's RSVP deadline, whenever they run
        env.put("SUMMIT_CLOCK_START", "2027-02-01T00:00:00Z");
        env.putIfAbsent("SUMMIT_TOKEN_SEAL_KEY", "c3lzdGVtLXRlc3RzLXNlYWwta2V5LW9ubHktMzJieXQ=");
        // tracing on, exported to the suite's own receiver (TraceChainIT); only requests that come with a sampled
        // traceparent are recorded (sampler ratio 0 for the others), so the load tests pay nothing for it
        env.put("QUARKUS_OTEL_SDK_DISABLED", "false");
        env.put("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT", OtlpReceiver.get().endpoint());
        env.put("QUARKUS_OTEL_TRACES_SAMPLER_ARG", "0");
        env.put("QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "200ms");
        // the gateway's access line, which ./summit trace starts from (TraceChainIT runs it on these logs)
        env.put("QUARKUS_LOG_CATEGORY__SUMMIT_ACCESS__LEVEL", "INFO");
        env.put("SUMMIT_INVITATION_URL", url("invitation-service"));
        env.put("SUMMIT_ATTENDEE_URL", url("attendee-service"));
        env.put("SUMMIT_AGENDA_URL", url("agenda-service"));
        overrides.forEach((name, value) -> {
            if (value.isEmpty()) {
                env.remove(name);
            } else {
                env.put(name, value);
            }
        });
        try {
            return builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + service, e);
        }
    }

    /** the management interface (health, metrics) of the service on {@code port} */
    static int management(int port) {
        return port + 1000;
    }

    /** base URIs of every management interface the suite started (for the metrics scrape) */
    static List<String> managementUris() {
        List<String> uris = new ArrayList<>();
        PORTS.values().forEach(port -> uris.add("http://127.0.0.1:" + management(port)));
        if (gatewayWithoutAgenda) {
            uris.add("http://127.0.0.1:" + management(GATEWAY_WITHOUT_AGENDA_PORT));
        }
        return uris;
    }

    /**
     * Where any of these secrets (or their first 16 characters) shows in a metrics endpoint or a log of the suite:
     * one line per finding, empty when none does.
     */
    static List<String> secretsInTelemetry(List<String> secrets) throws IOException {
        List<String> found = new ArrayList<>();
        for (String uri : managementUris()) {
            String metrics = RestAssured.given()
                    .baseUri(uri)
                    .get("/q/metrics")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            if (!metrics.contains("http_server_requests_seconds_count")) {
                found.add(uri + " has no HTTP metrics to look at");
            }
            secrets.stream()
                    .filter(s -> metrics.contains(s.substring(0, Math.min(16, s.length()))))
                    .findAny()
                    .ifPresent(s -> found.add("a token appears in the metrics of " + uri));
        }
        for (Path log : logFiles()) {
            String text = java.nio.file.Files.readString(log, java.nio.charset.StandardCharsets.UTF_8);
            secrets.stream()
                    .filter(s -> text.contains(s.substring(0, Math.min(16, s.length()))))
                    .findAny()
                    .ifPresent(s -> found.add("a token appears in " + log.getFileName()));
        }
        return found;
    }

    /** every log file the suite's processes write */
    static List<Path> logFiles() {
        Path root = Path.of(System.getProperty("summit.root", ".."))
                .toAbsolutePath()
                .normalize();
        File[] files =
                root.resolve("system-tests/target/system-test-logs").toFile().listFiles();
        List<Path> logs = new ArrayList<>();
        if (files != null) {
            for (File f : files) {
                logs.add(f.toPath());
            }
        }
        return logs;
    }

    static Path logOf(String service, int port) {
        Path root = Path.of(System.getProperty("summit.root", ".."))
                .toAbsolutePath()
                .normalize();
        return root.resolve("system-tests/target/system-test-logs/" + service + "-" + port + ".log");
    }

    static void await(String service, int port, String health) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<Void> response = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + health))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
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
        terminate(PROCESSES, 20);
        PROCESSES.clear();
    }

    /** SIGTERM to all at once, then SIGKILL to any still running after {@code seconds} (each waited for). */
    private static void terminate(List<Process> processes, int seconds) {
        processes.forEach(Process::destroy);
        for (Process p : processes) {
            try {
                if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
