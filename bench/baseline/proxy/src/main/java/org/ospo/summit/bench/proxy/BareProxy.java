package org.ospo.summit.bench.proxy;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The least a reverse proxy on Vert.x does: one route, the request's headers minus hop-by-hop ones to one upstream
 * over a keep-alive pool, the answer back. No request id, metrics, limits, token check or failure handling: what the
 * gateway costs beyond this is its own. {@code bench.proxy.mode}: {@code buffered} reads the answer whole before
 * writing it (the gateway's way), {@code stream} pipes it as it arrives.
 */
@ApplicationScoped
public class BareProxy {
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "transfer-encoding", "upgrade",
            "host", "content-length", "te", "trailer");
    private final HttpClient client;
    private final String host;
    private final int port;
    private final boolean stream;

    public BareProxy(Vertx vertx, @ConfigProperty(name = "bench.proxy.upstream-host") String host,
            @ConfigProperty(name = "bench.proxy.upstream-port") int port,
            @ConfigProperty(name = "bench.proxy.mode") String mode) {
        this.client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true),
                new PoolOptions().setHttp1MaxSize(64));
        this.host = host;
        this.port = port;
        this.stream = "stream".equals(mode);
    }

    void install(@Observes Router router) {
        router.route("/*").handler(this::forward);
    }

    private void forward(RoutingContext ctx) {
        RequestOptions options = new RequestOptions().setMethod(ctx.request().method()).setHost(host).setPort(port)
                .setURI(ctx.request().uri());
        ctx.request().headers().forEach(h -> {
            if (!HOP_BY_HOP.contains(h.getKey().toLowerCase())) {
                options.addHeader(h.getKey(), h.getValue());
            }
        });
        boolean noBody = ctx.request().method() == HttpMethod.GET || ctx.request().method() == HttpMethod.HEAD;
        (noBody ? client.request(options).compose(HttpClientRequest::send)
                : ctx.request().body().compose(body -> client.request(options).compose(request -> request.send(body))))
                .onSuccess(response -> answer(ctx, response))
                .onFailure(error -> ctx.response().setStatusCode(502).end());
    }

    private void answer(RoutingContext ctx, HttpClientResponse response) {
        ctx.response().setStatusCode(response.statusCode());
        response.headers().forEach(h -> {
            if (!HOP_BY_HOP.contains(h.getKey().toLowerCase())) {
                ctx.response().headers().add(h.getKey(), h.getValue());
            }
        });
        if (stream) {
            String length = response.getHeader("content-length");
            if (length != null) {
                ctx.response().putHeader("content-length", length);
            } else {
                ctx.response().setChunked(true);
            }
            response.pipeTo(ctx.response());
        } else {
            response.body().onSuccess(ctx.response()::end).onFailure(error -> ctx.response().reset());
        }
    }
}
