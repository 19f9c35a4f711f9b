package org.ospo.summit.gateway.aggregate;

import java.net.ConnectException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.ospo.summit.gateway.config.GatewayConfig;
import org.ospo.summit.gateway.proxy.GatewayProblems;
import org.ospo.summit.gateway.proxy.ReverseProxy;
import org.ospo.summit.gateway.proxy.RequestIds;
import org.ospo.summit.gateway.proxy.RouteTable;
import org.ospo.summit.gateway.proxy.Upstream;
import org.ospo.summit.gateway.security.BearerTokenGate;

import io.vertx.core.Future;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET /api/me/summit}: an attendee's invitation, profile with preparation, and agenda in one call. The three
 * services are asked at once with the caller's token; a service that is down, failing or too slow leaves its part
 * null and is named in {@code unavailable}, and the rest still comes back (200). A part the service does not have
 * yet (404, e.g. the attendee record moments after accepting) is null without being unavailable. Each part is asked of
 * its service's replicas as the proxy does: in turn, passing over one that refuses.
 */
@ApplicationScoped
public class MySummit {
    private static final Logger LOG = Logger.getLogger(MySummit.class);
    private static final Map<String, String> PARTS = new LinkedHashMap<>();
    static {
        PARTS.put("invitation", "/api/invitations/me");
        PARTS.put("attendee", "/api/attendees/me");
        PARTS.put("agenda", "/api/agenda/me");
    }

    private final ReverseProxy proxy;
    private final RouteTable routes;
    private final long timeoutMs;

    public MySummit(ReverseProxy proxy, RouteTable routes, GatewayConfig config) {
        this.proxy = proxy;
        this.routes = routes;
        this.timeoutMs = config.aggregateTimeout().toMillis();
    }

    private record Part(String name, Object value, boolean unavailable, int status) {
    }

    /** After {@link BearerTokenGate#check}: a bad token never gets here, a missing one does. */
    public void serve(RoutingContext ctx) {
        JsonWebToken token = BearerTokenGate.verified(ctx);
        if (token == null) {
            ctx.response().putHeader("WWW-Authenticate", "Bearer");
            GatewayProblems.send(ctx, 401, "unauthorized", "Unauthorized", "Sign in as an attendee first");
            return;
        }
        if (!token.getGroups().contains("attendee")) {
            GatewayProblems.send(ctx, 403, "forbidden", "Forbidden", "Only attendees have a summit of their own");
            return;
        }
        String authorization = ctx.request().getHeader("Authorization");
        List<Future<Part>> parts = new ArrayList<>();
        PARTS.forEach((name, path) -> parts.add(fetch(ctx, name, path, authorization)));
        Future.join(parts).onComplete(done -> {
            boolean gone = parts.stream().map(Future::result)
                    .anyMatch(part -> part.name().equals("invitation") && part.status() == 410);
            if (gone) {
                // the invitation behind this token was revoked or erased: the token no longer opens anything
                GatewayProblems.send(ctx, 410, "gone", "Gone",
                        "This attendee token no longer grants access: the invitation was revoked or erased");
                return;
            }
            JsonObject body = new JsonObject();
            JsonArray unavailable = new JsonArray();
            parts.forEach(f -> {
                Part part = f.result();
                body.put(part.name(), part.value());
                if (part.unavailable()) {
                    unavailable.add(part.name());
                }
            });
            body.put("unavailable", unavailable);
            if (!ctx.response().ended() && !ctx.response().closed()) {
                ctx.response().putHeader("Content-Type", "application/json").putHeader("Cache-Control", "private, no-store")
                        .end(body.encode());
            }
        });
    }

    private Future<Part> fetch(RoutingContext ctx, String name, String path, String authorization) {
        Upstream upstream = routes.upstreams().get(name);
        return fetch(ctx, name, path, authorization, upstream, upstream.pick(), upstream.instances().size());
    }

    /** like the proxy: a replica that refuses (or drops the kept-alive connection) is passed over for the next one */
    private Future<Part> fetch(RoutingContext ctx, String name, String path, String authorization, Upstream upstream,
            Upstream.Instance instance, int attemptsLeft) {
        return proxy.client().request(new RequestOptions().setMethod(HttpMethod.GET).setHost(instance.host())
                .setPort(instance.port()).setSsl(instance.ssl()).setURI(path).setIdleTimeout(timeoutMs)
                .putHeader("Authorization", authorization).putHeader("Accept", "application/json")
                .putHeader(RequestIds.HEADER, RequestIds.of(ctx)))
                .compose(request -> request.send())
                .compose(response -> response.body().map(buffer -> {
                    upstream.answered(instance);
                    int status = response.statusCode();
                    if (status >= 200 && status < 300) {
                        return new Part(name, Json.decodeValue(buffer), false, status);
                    }
                    return new Part(name, null, status >= 500, status);
                }))
                .recover(error -> {
                    if (error instanceof ConnectException) {
                        upstream.refused(instance);
                    }
                    if ((error instanceof ConnectException || error instanceof HttpClosedException) && attemptsLeft > 1) {
                        return fetch(ctx, name, path, authorization, upstream, upstream.pick(), attemptsLeft - 1);
                    }
                    LOG.warnf("me/summit: %s unavailable (request %s): %s", name, RequestIds.of(ctx), error.toString());
                    return Future.succeededFuture(new Part(name, null, true, 503));
                });
    }
}
