package org.ospo.summit.gateway.health;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.ospo.summit.gateway.proxy.ReverseProxy;
import org.ospo.summit.gateway.proxy.RouteTable;
import org.ospo.summit.gateway.proxy.Upstream;

/**
 * Which services the gateway reaches right now (any HTTP answer on the service's port), as data of its readiness
 * check. The gateway stays ready while it can serve: a service that is away makes its own routes answer 503
 * problem+json, it does not take the whole API out of the load balancer (docs/api.md).
 */
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
        return Uni.createFrom()
                .completionStage(Future.join(probes).toCompletionStage())
                .map(all -> {
                    HealthCheckResponseBuilder builder =
                            HealthCheckResponse.named("services").up();
                    for (int i = 0; i < upstreams.size(); i++) {
                        boolean up = probes.get(i).result();
                        builder.withData(upstreams.get(i).name(), up ? "UP" : "DOWN");
                    }
                    return builder.build();
                });
    }

    /** a service answers when one of its instances does */
    private Future<Boolean> probe(Upstream upstream) {
        List<Future<Boolean>> instances =
                upstream.instances().stream().map(this::probe).toList();
        return Future.join(instances)
                .transform(all ->
                        Future.succeededFuture(instances.stream().anyMatch(f -> Boolean.TRUE.equals(f.result()))));
    }

    private Future<Boolean> probe(Upstream.Instance instance) {
        return proxy.client()
                .request(new RequestOptions()
                        .setMethod(HttpMethod.GET)
                        .setHost(instance.host())
                        .setPort(instance.port())
                        .setSsl(instance.ssl())
                        .setURI("/")
                        .setIdleTimeout(2000))
                .compose(request -> request.send())
                .compose(response -> response.body().map(b -> true))
                .recover(error -> Future.succeededFuture(false));
    }
}
