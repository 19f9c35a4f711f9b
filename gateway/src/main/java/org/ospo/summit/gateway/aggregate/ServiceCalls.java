package org.ospo.summit.gateway.aggregate;

import io.vertx.core.Future;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.ConnectException;
import org.jboss.logging.Logger;
import org.ospo.summit.gateway.config.GatewayConfig;
import org.ospo.summit.gateway.proxy.RequestIds;
import org.ospo.summit.gateway.proxy.ReverseProxy;
import org.ospo.summit.gateway.proxy.RouteTable;
import org.ospo.summit.gateway.proxy.Upstream;

/**
 * The GETs the gateway's own answers make of the services (GET /api/me/summit, GET /api/summits/{id}/stats), with
 * the caller's token and request id. Each is asked of the service's replicas as the proxy does: in turn, passing over
 * one that refuses. A call never fails: a service that is down, failing or too slow gives an unavailable answer.
 */
@ApplicationScoped
public class ServiceCalls {
    private static final Logger LOG = Logger.getLogger(ServiceCalls.class);

    private final ReverseProxy proxy;
    private final RouteTable routes;
    private final long timeoutMs;

    public ServiceCalls(ReverseProxy proxy, RouteTable routes, GatewayConfig config) {
        this.proxy = proxy;
        this.routes = routes;
        this.timeoutMs = config.aggregateTimeout().toMillis();
    }

    /** A service's answer: its JSON on 2xx (else null), whether the service was unavailable (5xx, none), status. */
    public record Answer(String service, Object value, boolean unavailable, int status) {}

    public Future<Answer> get(RoutingContext ctx, String service, String path, String authorization) {
        Upstream upstream = routes.upstreams().get(service);
        return get(
                ctx,
                service,
                path,
                authorization,
                upstream,
                upstream.pick(),
                upstream.instances().size());
    }

    private Future<Answer> get(
            RoutingContext ctx,
            String service,
            String path,
            String authorization,
            Upstream upstream,
            Upstream.Instance instance,
            int attemptsLeft) {
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setHost(instance.host())
                .setPort(instance.port())
                .setSsl(instance.ssl())
                .setURI(path)
                .setIdleTimeout(timeoutMs)
                .putHeader("Accept", "application/json")
                .putHeader(RequestIds.HEADER, RequestIds.of(ctx));
        if (authorization != null) {
            options.putHeader("Authorization", authorization);
        }
        return proxy.client()
                .request(options)
                .compose(request -> request.send())
                .compose(response -> response.body().map(buffer -> {
                    upstream.answered(instance);
                    int status = response.statusCode();
                    if (status >= 200 && status < 300) {
                        return new Answer(service, Json.decodeValue(buffer), false, status);
                    }
                    return new Answer(service, null, status >= 500, status);
                }))
                .recover(error -> {
                    if (error instanceof ConnectException) {
                        upstream.refused(instance);
                    }
                    if ((error instanceof ConnectException || error instanceof HttpClosedException)
                            && attemptsLeft > 1) {
                        return get(ctx, service, path, authorization, upstream, upstream.pick(), attemptsLeft - 1);
                    }
                    LOG.warnf(
                            "%s unavailable for %s (request %s): %s",
                            service, path.replaceAll("\\?.*", ""), RequestIds.of(ctx), error.toString());
                    return Future.succeededFuture(new Answer(service, null, true, 503));
                });
    }
}
