package org.ospo.summit.gateway.health;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.ospo.summit.gateway.proxy.ReverseProxy;
import org.ospo.summit.gateway.proxy.RouteTable;
import org.ospo.summit.gateway.proxy.RouteTable.Upstream;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;

/** The gateway is ready only when it can reach every service (their /q/health/live answers 200). */
@Readiness
@ApplicationScoped
public class ServicesReadiness implements AsyncHealthCheck {
    private final RouteTable routes;
    private final ReverseProxy proxy;

    public ServicesReadiness(RouteTable routes, ReverseProxy proxy) {
        this.routes = routes;
        this.proxy = proxy;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        List<Upstream> upstreams = List.copyOf(routes.upstreams().values());
        List<Future<Boolean>> probes = upstreams.stream().map(this::probe).toList();
        return Uni.createFrom().completionStage(Future.join(probes).toCompletionStage()).map(all -> {
            HealthCheckResponseBuilder builder = HealthCheckResponse.named("services").up();
            for (int i = 0; i < upstreams.size(); i++) {
                boolean up = probes.get(i).result();
                builder.withData(upstreams.get(i).name(), up ? "UP" : "DOWN");
                if (!up) {
                    builder.down();
                }
            }
            return builder.build();
        });
    }

    private Future<Boolean> probe(Upstream upstream) {
        return proxy.client().request(new RequestOptions().setMethod(HttpMethod.GET).setHost(upstream.host())
                .setPort(upstream.port()).setSsl(upstream.ssl()).setURI("/q/health/live").setIdleTimeout(2000))
                .compose(request -> request.send())
                .compose(response -> response.body().map(b -> response.statusCode() == 200))
                .recover(error -> Future.succeededFuture(false));
    }
}
