package org.ospo.summit.gateway.openapi;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.ospo.summit.gateway.config.GatewayConfig;
import org.ospo.summit.gateway.metrics.MetricRoutes;
import org.ospo.summit.gateway.proxy.ReverseProxy;
import org.ospo.summit.gateway.proxy.RouteTable;
import org.ospo.summit.gateway.proxy.Upstream;

/**
 * The suite's one OpenAPI document at {@code /q/openapi}: each service's document, fetched from its
 * {@code /q/openapi} and merged. Refreshed periodically and on demand while a service's part is missing (the
 * document then says which in {@code x-summit-unavailable}).
 */
@ApplicationScoped
public class SuiteOpenApi {
    private static final Logger LOG = Logger.getLogger(SuiteOpenApi.class);

    private final RouteTable routes;
    private final ReverseProxy proxy;
    private final Vertx vertx;
    private final GatewayConfig config;
    private final MetricRoutes metricRoutes;
    private final String version;
    private final Map<String, JsonObject> parts = new ConcurrentHashMap<>();
    /** what the gateway answers itself (GET /api/me/summit, GET /api/summits/{id}/stats) */
    private final JsonObject own = ownDocument();

    public SuiteOpenApi(
            RouteTable routes,
            ReverseProxy proxy,
            Vertx vertx,
            GatewayConfig config,
            MetricRoutes metricRoutes,
            @ConfigProperty(name = "quarkus.application.version", defaultValue = "1.0.0") String version) {
        this.routes = routes;
        this.proxy = proxy;
        this.vertx = vertx;
        this.config = config;
        this.metricRoutes = metricRoutes;
        this.version = version;
    }

    void start(@Observes StartupEvent event) {
        long every = config.openapi().refresh().toMillis();
        vertx.setPeriodic(1000, every, id -> refresh());
    }

    public void serve(RoutingContext ctx) {
        Future<Void> ready = parts.size() == routes.upstreams().size() ? Future.succeededFuture() : refresh();
        ready.onComplete(ignored -> {
            Map<String, JsonObject> ordered = new LinkedHashMap<>();
            List<String> missing = new ArrayList<>();
            routes.upstreams().keySet().forEach(name -> {
                JsonObject part = parts.get(name);
                if (part == null) {
                    missing.add(name);
                } else {
                    ordered.put(name, part);
                }
            });
            ordered.put("gateway", own);
            JsonObject doc = OpenApiMerger.merge(ordered, version);
            if (!missing.isEmpty()) {
                doc.put("x-summit-unavailable", new JsonArray(new ArrayList<>(missing)));
            }
            ctx.response().putHeader("Content-Type", "application/json").end(doc.encodePrettily());
        });
    }

    private static JsonObject ownDocument() {
        try (var in = SuiteOpenApi.class.getResourceAsStream("/META-INF/gateway-openapi.json")) {
            return new JsonObject(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("META-INF/gateway-openapi.json is missing from the gateway", e);
        }
    }

    Future<Void> refresh() {
        List<Future<Void>> fetches = new ArrayList<>();
        routes.upstreams().values().forEach(upstream -> fetches.add(fetch(upstream.pick(), upstream)));
        return Future.join(fetches)
                .onComplete(done -> metricRoutes.learn(knownPaths()))
                .mapEmpty();
    }

    private Future<Void> fetch(Upstream.Instance instance, Upstream upstream) {
        return proxy.client()
                .request(new RequestOptions()
                        .setMethod(HttpMethod.GET)
                        .setHost(instance.host())
                        .setPort(instance.port())
                        .setSsl(instance.ssl())
                        .setURI("/q/openapi?format=json")
                        .setIdleTimeout(5000))
                .compose(request ->
                        request.putHeader("Accept", "application/json").send())
                .compose(response -> response.statusCode() == 200
                        ? response.body()
                        : Future.failedFuture("status " + response.statusCode()))
                .map(body -> {
                    parts.put(upstream.name(), new JsonObject(body));
                    return (Void) null;
                })
                .recover(error -> {
                    LOG.debugf("OpenAPI of %s not available: %s", upstream.name(), error.getMessage());
                    return Future.succeededFuture();
                });
    }

    /** every path template of the services' documents and the gateway's own */
    private List<String> knownPaths() {
        List<String> paths =
                new ArrayList<>(own.getJsonObject("paths", new JsonObject()).fieldNames());
        parts.values()
                .forEach(part -> paths.addAll(
                        part.getJsonObject("paths", new JsonObject()).fieldNames()));
        return paths;
    }
}
