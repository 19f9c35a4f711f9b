package org.ospo.summit.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * What an operator acts on (docs/operations.md, "Metrics" and "Alerts and runbooks"), against the running suite: the
 * metrics, scraped from the management ports after an invitee accepted through the gateway and a session was planned
 * (the outbox backlog and the age of its oldest row in every service, consumer lag, how long "accepted" took to become
 * an attendee, the seats and RSVP outcomes of the edition, registrations and seats per session, readiness, HTTP
 * latency histograms per route template); every metric the alerts and the dashboard read is one of them; the alert
 * rules pass promtool and the Kubernetes PrometheusRule carries the same; and Debian's Prometheus, run with the shipped
 * local configuration (its targets moved to the suite's ports), scrapes all four apps and loads every alert.
 */
class OperatorMetricsIT {
    private static String organizer;

    @BeforeAll
    static void suite() {
        Suite.startBehindGateway();
        organizer = Suite.organizerToken();
    }

    private static RequestSpecification as() {
        return given().auth().oauth2(organizer).contentType(ContentType.JSON);
    }

    static String scrape(String service) {
        return given().baseUri("http://127.0.0.1:" + Suite.management(Suite.port(service)))
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    /** the series of {@code metric} (its sample lines, labels included) */
    static List<String> series(String metrics, String metric) {
        return metrics.lines()
                .filter(line -> line.startsWith(metric + "{") || line.startsWith(metric + " "))
                .toList();
    }

    private static void awaitSeries(String service, String metric, Predicate<String> matching) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    List<String> found = series(scrape(service), metric);
                    assertTrue(
                            found.stream().anyMatch(matching),
                            service + " exports no matching " + metric + " series: " + found);
                });
    }

    @Test
    void eachServiceExportsWhatOperatorsWatch() throws Exception {
        Suite.withOneMoreSeat(organizer, this::watchTheSuite);
    }

    private void watchTheSuite() {
        String email = "metrics-" + UUID.randomUUID() + "@example.com";
        String token = as().body("{\"email\": \"" + email
                        + "\", \"fullName\": \"Lin Tao\", \"company\": \"Open Corp\", \"locale\": \"en\", "
                        + "\"criteria\": [\"OSPO_PRACTITIONER\"]}")
                .post("/api/invitations")
                .then()
                .statusCode(201)
                .extract()
                .path("token");
        given().header("X-Forwarded-For", Suite.clientAddress())
                .post("/api/rsvp/" + token + "/accept")
                .then()
                .statusCode(200);
        int summit = given().get("/api/summit").then().extract().path("id");
        String room = as().body("{\"name\": \"Metrics room " + UUID.randomUUID() + "\", \"capacity\": 12}")
                .post("/api/rooms")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String session = as().body(AgendaSliceIT.session("Watching the suite", room, "TECHNOLOGY", "16:00", "17:00"))
                .post("/api/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        // every service: its outbox, and its Kafka consumers' lag
        for (String service : Suite.BACKENDS) {
            awaitSeries(service, "summit_outbox_backlog", line -> true);
            awaitSeries(service, "summit_outbox_oldest_age_seconds", line -> true);
            awaitSeries(
                    service,
                    "kafka_consumer_fetch_manager_records_lag_max",
                    line -> line.contains("client_id=\"kafka-consumer-"));
        }
        // accepted → an attendee, as a histogram with the buckets that matter
        awaitSeries(
                "attendee-service",
                "summit_event_visible_seconds_bucket",
                line -> line.contains("consumer=\"attendee-service.invitations\"")
                        && line.contains("type=\"invitation.accepted\"")
                        && line.contains("le=\"1.0\""));
        // seats and RSVP outcomes of the edition
        String edition = "summit=\"" + summit + "\"";
        awaitSeries("invitation-service", "summit_seats_taken", line -> line.contains(edition));
        awaitSeries("invitation-service", "summit_seats_capacity", line -> line.contains(edition));
        awaitSeries(
                "invitation-service",
                "summit_invitations",
                line -> line.contains(edition) && line.contains("status=\"ACCEPTED\""));
        // registrations and seats per session
        awaitSeries(
                "agenda-service",
                "summit_session_registrations",
                line -> line.contains("session=\"" + session + "\"") && line.endsWith(" 0.0"));
        awaitSeries(
                "agenda-service",
                "summit_session_capacity",
                line -> line.contains("session=\"" + session + "\"") && line.endsWith(" 3.0"));
        // HTTP latency per route template, at the front door and behind it
        Predicate<String> acceptBucket =
                line -> line.contains("uri=\"/api/rsvp/{token}/accept\"") && line.contains("le=\"0.1\"");
        awaitSeries("gateway", "http_server_requests_seconds_bucket", acceptBucket);
        awaitSeries("invitation-service", "http_server_requests_seconds_bucket", acceptBucket);
        for (String service : Suite.BACKENDS) {
            awaitSeries(service, "summit_ready", line -> line.endsWith(" 1.0"));
        }

        // what the alerts and the dashboard read is exported
        Set<String> exported = new TreeSet<>();
        for (String app : APPS) {
            scrape(app)
                    .lines()
                    .filter(line -> !line.startsWith("#") && !line.isBlank())
                    .map(line -> line.split("[{ ]", 2)[0])
                    .forEach(exported::add);
        }
        Set<String> read = new TreeSet<>();
        alertRules().forEach(rule -> read.addAll(metricsIn(String.valueOf(rule.get("expr")))));
        dashboardQueries().forEach(expr -> read.addAll(metricsIn(expr)));
        assertTrue(read.size() >= 12, "the alerts and the dashboard read " + read);
        Set<String> missing = new TreeSet<>(read);
        missing.removeAll(exported);
        assertEquals(Set.of(), missing, "read by an alert or the dashboard, exported by no app");
    }

    @Test
    void theAlertRulesPassPromtoolAndKubernetesCarriesTheSame() throws Exception {
        Process promtool = new ProcessBuilder(
                        "promtool",
                        "check",
                        "rules",
                        ROOT.resolve("infra/prometheus/alerts.yml").toString())
                .redirectErrorStream(true)
                .start();
        String out = new String(promtool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, promtool.waitFor(), out);
        assertTrue(out.contains("SUCCESS: 7 rules found"), out);
        Map<String, Object> rule = yaml("k8s/monitoring/prometheus-rules.yaml");
        assertEquals("PrometheusRule", rule.get("kind"));
        assertEquals(
                yaml("infra/prometheus/alerts.yml").get("groups"),
                ((Map<?, ?>) rule.get("spec")).get("groups"),
                "k8s/monitoring/prometheus-rules.yaml carries infra/prometheus/alerts.yml's groups");
        // every alert has its runbook, under its name
        String operations = Files.readString(ROOT.resolve("docs/operations.md"));
        for (Map<String, Object> alert : alertRules()) {
            String name = String.valueOf(alert.get("alert"));
            assertTrue(operations.contains("### " + name), "docs/operations.md has no runbook for " + name);
            assertEquals(
                    "docs/operations.md#" + name.toLowerCase(Locale.ROOT),
                    ((Map<?, ?>) alert.get("annotations")).get("runbook"));
        }
    }

    @Test
    void prometheusScrapesTheSuiteWithTheShippedConfiguration() throws Exception {
        Path dir = Files.createTempDirectory("summit-prometheus");
        String config = Files.readString(ROOT.resolve("infra/prometheus/prometheus-local.yml"));
        for (String app : APPS) {
            int local = Suite.management(Suite.port(app) - Suite.OFFSET);
            config = config.replace(
                    "\"127.0.0.1:" + local + "\"", "\"127.0.0.1:" + Suite.management(Suite.port(app)) + "\"");
        }
        Files.writeString(dir.resolve("prometheus.yml"), config.replace("scrape_interval: 15s", "scrape_interval: 1s"));
        Files.copy(ROOT.resolve("infra/prometheus/alerts.yml"), dir.resolve("alerts.yml"));
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Process prometheus = new ProcessBuilder(
                        "prometheus",
                        "--config.file=" + dir.resolve("prometheus.yml"),
                        "--storage.tsdb.path=" + dir.resolve("data"),
                        "--web.listen-address=127.0.0.1:" + port)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("prometheus.log").toFile())
                .start();
        try {
            RequestSpecification api = given().baseUri("http://127.0.0.1:" + port);
            Awaitility.await()
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofSeconds(1))
                    .ignoreExceptions()
                    .untilAsserted(() -> {
                        List<Map<String, Object>> targets =
                                api.get("/api/v1/targets").then().extract().path("data.activeTargets");
                        assertEquals(
                                new TreeSet<>(APPS),
                                targets.stream()
                                        .filter(t -> "up".equals(t.get("health")))
                                        .map(t -> String.valueOf(((Map<?, ?>) t.get("labels")).get("job")))
                                        .collect(java.util.stream.Collectors.toCollection(TreeSet::new)),
                                "jobs up: " + targets);
                        List<Object> backlog = api.queryParam("query", "summit_outbox_backlog")
                                .get("/api/v1/query")
                                .then()
                                .extract()
                                .path("data.result");
                        assertEquals(Suite.BACKENDS.size(), backlog.size(), "series: " + backlog);
                    });
            List<String> loaded = api.get("/api/v1/rules").then().extract().path("data.groups.rules.flatten().name");
            assertEquals(
                    alertRules().stream()
                            .map(r -> String.valueOf(r.get("alert")))
                            .sorted()
                            .toList(),
                    loaded.stream().sorted().toList());
        } finally {
            prometheus.destroy();
            prometheus.waitFor();
        }
    }

    private static final Path ROOT =
            Path.of(System.getProperty("summit.root", "..")).toAbsolutePath().normalize();
    private static final List<String> APPS =
            List.of("gateway", "invitation-service", "attendee-service", "agenda-service");
    /** the metric families the suite's queries read (PromQL functions and labels never start so) */
    private static final Pattern METRIC = Pattern.compile("\\b(?:summit|http_server|kafka)_[a-z_]+\\b");

    static Set<String> metricsIn(String expr) {
        Set<String> names = new TreeSet<>();
        Matcher m = METRIC.matcher(expr);
        while (m.find()) {
            names.add(m.group());
        }
        return names;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(String path) throws IOException {
        return new Yaml(new LoaderOptions()).load(Files.readString(ROOT.resolve(path)));
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> alertRules() {
        try {
            List<Map<String, Object>> rules = new ArrayList<>();
            for (Map<String, Object> group : (List<Map<String, Object>>)
                    yaml("infra/prometheus/alerts.yml").get("groups")) {
                rules.addAll((List<Map<String, Object>>) group.get("rules"));
            }
            return rules;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> dashboardQueries() {
        try {
            JsonNode dashboard = new ObjectMapper()
                    .readTree(ROOT.resolve("infra/grafana/dashboards/ospo-summit.json")
                            .toFile());
            List<String> queries = new ArrayList<>();
            dashboard.findValues("expr").forEach(expr -> queries.add(expr.asText()));
            return queries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
