package org.ospo.summit.gateway.proxy;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.ConnectException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;
import org.ospo.summit.contracts.problem.Problem;
import org.ospo.summit.contracts.problem.ProblemType;
import org.ospo.summit.gateway.config.GatewayConfig;
import org.ospo.summit.gateway.metrics.MetricRoutes;
import org.ospo.summit.gateway.security.ClientAddress;

/**
 * Forwards a request to its service and the answer back. Bodies are buffered both ways (API bodies are small and
 * bounded by the body limit), so no stream is shared between the two connections: a client that goes away
 * mid-flight only resets its own upstream request and leaves the pool healthy. A service's replicas are used in
 * turn ({@link Upstream}); a replica that refuses the connection is left out for a while and the request goes to the
 * next one (nothing reached the refusing replica, so any method may go on). A service none of whose replicas can be
 * reached is a 503, a slow one a 504, both as problem+json.
 * <p>
 * The exception is a stream, an answer of type {@code text/event-stream} (server-sent events, e.g. {@code GET
 * /api/checkins/stream}): it is passed on as it comes ({@link #pass}). A client that asks for one ({@code Accept:
 * text/event-stream}) gets a connection of its own, never pooled, at most {@code max-streams-per-service} at once.
 */
@ApplicationScoped
public class ReverseProxy {
    private static final Logger LOG = Logger.getLogger(ReverseProxy.class);
    private static final String EVENT_STREAM = "text/event-stream";
    private static final Set<String> HOP_BY_HOP = Set.of(
            "connection",
            "keep-alive",
            "proxy-authenticate",
            "proxy-authorization",
            "te",
            "trailer",
            "transfer-encoding",
            "upgrade",
            "host",
            "content-length");
    /** the client's trace context: the service hears the gateway's instead */
    private static final Set<String> TRACE_CONTEXT = Set.of("traceparent", "tracestate");

    private static final Set<String> FORWARDING = Set.of(
            "forwarded",
            "x-forwarded-for",
            "x-forwarded-host",
            "x-forwarded-proto",
            "x-forwarded-port",
            "x-forwarded-prefix",
            "x-real-ip");

    private final HttpClient client;
    /** for a read sent again after its kept-alive connection turned out closed: always a new connection */
    private final HttpClient fresh;

    /** streams: a connection each, never kept alive, so a stream holds none of the API's pooled connections */
    private final HttpClient streams;

    private final long timeoutMs;
    private final ClientAddress clients;

    public ReverseProxy(Vertx vertx, GatewayConfig config, ClientAddress clients) {
        this.clients = clients;
        this.client = vertx.createHttpClient(
                new HttpClientOptions()
                        .setConnectTimeout((int) config.connectTimeout().toMillis())
                        .setKeepAlive(true)
                        .setPipelining(false),
                new PoolOptions()
                        .setHttp1MaxSize(config.maxConnectionsPerService())
                        .setMaxWaitQueueSize(10_000));
        // the pool may hold more idle connections the service has dropped (it restarted): another of them would fail
        // the same way, so the second try never takes one
        this.fresh = vertx.createHttpClient(
                new HttpClientOptions()
                        .setConnectTimeout((int) config.connectTimeout().toMillis())
                        .setKeepAlive(false),
                new PoolOptions()
                        .setHttp1MaxSize(config.maxConnectionsPerService())
                        .setMaxWaitQueueSize(10_000));
        this.streams = vertx.createHttpClient(
                new HttpClientOptions()
                        .setConnectTimeout((int) config.connectTimeout().toMillis())
                        .setKeepAlive(false),
                new PoolOptions().setHttp1MaxSize(config.maxStreamsPerService()).setMaxWaitQueueSize(0));
        this.timeoutMs = config.requestTimeout().toMillis();
    }

    public HttpClient client() {
        return client;
    }

    /**
     * Forwards to the service's instances in turn: a refused connection goes to the next instance (each is tried once);
     * a read whose kept-alive connection turns out closed before it was answered (the service or the network dropped
     * it) is sent again, to the next instance or, with one instance, once more on a fresh connection.
     */
    public void forward(RoutingContext ctx, Upstream upstream) {
        forward(ctx, upstream, upstream.pick(), upstream.instances().size(), false);
    }

    /** a read whose client accepts server-sent events and nothing else: it goes on a connection of its own */
    private static boolean asksForStream(RoutingContext ctx) {
        String accept = ctx.request().getHeader(HttpHeaders.ACCEPT);
        return HttpMethod.GET.equals(ctx.request().method())
                && accept != null
                && accept.trim().toLowerCase(Locale.ROOT).startsWith(EVENT_STREAM)
                && !accept.contains(",");
    }

    /** the request to one instance: the client's headers but hop-by-hop and forwarding ones, and the gateway's own */
    private RequestOptions options(RoutingContext ctx, Upstream.Instance instance) {
        RequestOptions options = new RequestOptions()
                .setMethod(ctx.request().method())
                .setHost(instance.host())
                .setPort(instance.port())
                .setSsl(instance.ssl())
                .setURI(CanonicalPath.uri(ctx))
                .setIdleTimeout(timeoutMs);
        ctx.request().headers().forEach(h -> {
            String name = h.getKey().toLowerCase();
            if (!HOP_BY_HOP.contains(name) && !FORWARDING.contains(name) && !TRACE_CONTEXT.contains(name)) {
                options.addHeader(h.getKey(), h.getValue());
            }
        });
        // the trace goes on from the gateway's own span (itself a child of the client's traceparent, if it sent one)
        W3CTraceContextPropagator.getInstance().inject(Context.current(), options, RequestOptions::putHeader);
        // what the client sent about forwarding is dropped; the services hear who the client is from the gateway only
        options.putHeader(RequestIds.HEADER, RequestIds.of(ctx));
        options.putHeader("X-Forwarded-For", clients.of(ctx));
        options.putHeader("X-Forwarded-Proto", ctx.request().scheme());
        return options;
    }

    private void forward(
            RoutingContext ctx, Upstream upstream, Upstream.Instance instance, int attemptsLeft, boolean sentAgain) {
        RequestOptions options = options(ctx, instance);
        Buffer body = ctx.body() == null ? null : ctx.body().buffer();

        AtomicBoolean inFlight = new AtomicBoolean(true);
        (sentAgain ? fresh : asksForStream(ctx) ? streams : client)
                .request(options)
                .compose(request -> {
                    // the client went away: abandon its upstream request, but only while it is still running (a
                    // finished request's connection is back in the pool serving someone else)
                    ctx.response().closeHandler(v -> {
                        if (inFlight.get()) {
                            request.reset();
                        }
                    });
                    return body == null || body.length() == 0 ? request.send() : request.send(body);
                })
                .compose(response -> isStream(response)
                        ? Future.succeededFuture(new Answer(response, null))
                        : response.body().map(buffer -> new Answer(response, buffer)))
                .onSuccess(answer -> {
                    upstream.answered(instance);
                    if (answer.body == null) {
                        pass(ctx, answer.response, inFlight);
                    } else {
                        inFlight.set(false);
                        reply(ctx, answer);
                    }
                })
                .onFailure(error -> {
                    inFlight.set(false);
                    boolean refused = error instanceof ConnectException;
                    if (refused) {
                        upstream.refused(instance);
                    }
                    // a refused connection reached nobody; a kept-alive connection the replica closed before
                    // answering (it went away) is retried only for reads, which are safe to repeat
                    boolean closed = error instanceof HttpClosedException
                            && isSafe(ctx.request().method());
                    if (!ctx.response().closed() && (refused || closed) && attemptsLeft > 1) {
                        forward(ctx, upstream, upstream.pick(), attemptsLeft - 1, sentAgain);
                        return;
                    }
                    if (!ctx.response().closed() && closed && !sentAgain) {
                        forward(ctx, upstream, upstream.pick(), attemptsLeft, true);
                        return;
                    }
                    fail(ctx, upstream, error);
                });
    }

    private static boolean isStream(HttpClientResponse response) {
        String type = response.getHeader(HttpHeaders.CONTENT_TYPE);
        return type != null && type.toLowerCase(Locale.ROOT).startsWith(EVENT_STREAM);
    }

    /**
     * A stream is passed on as it comes: each chunk the service writes reaches the client at once (with back-pressure:
     * a slow client slows the read), the service ending it ends the client's answer, and the client going away resets
     * the upstream request, which closes its connection and ends the stream there. The idle timeout is the request
     * timeout between two chunks (the services send a comment every 15 s).
     */
    private static void pass(RoutingContext ctx, HttpClientResponse response, AtomicBoolean inFlight) {
        if (ctx.response().closed()) {
            response.request().reset();
            return;
        }
        ctx.response().setStatusCode(response.statusCode()).setChunked(true);
        copyHeaders(response, ctx);
        response.pipeTo(ctx.response()).onComplete(done -> inFlight.set(false));
    }

    private static boolean isSafe(HttpMethod method) {
        return HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method) || HttpMethod.OPTIONS.equals(method);
    }

    private void reply(RoutingContext ctx, Answer answer) {
        if (ctx.response().closed() || ctx.response().ended()) {
            return;
        }
        ctx.response().setStatusCode(answer.response.statusCode());
        copyHeaders(answer.response, ctx);
        ctx.response().end(answer.body);
    }

    private static void copyHeaders(HttpClientResponse response, RoutingContext ctx) {
        response.headers().forEach(h -> {
            if (!HOP_BY_HOP.contains(h.getKey().toLowerCase()) && !RequestIds.HEADER.equalsIgnoreCase(h.getKey())) {
                ctx.response().headers().add(h.getKey(), h.getValue());
            }
        });
    }

    private void fail(RoutingContext ctx, Upstream upstream, Throwable error) {
        if (ctx.response().closed()) {
            return;
        }
        String message = String.valueOf(error.getMessage());
        LOG.warnf(
                "upstream %s failed for %s %s (request %s): %s",
                upstream.name(),
                ctx.request().method(),
                MetricRoutes.routeOf(ctx),
                RequestIds.of(ctx),
                error.toString());
        if (message.contains("timeout") || message.contains("Timeout")) {
            GatewayProblems.send(
                    ctx,
                    504,
                    ProblemType.UPSTREAM_TIMEOUT,
                    "The " + upstream.name() + " service did not answer in time");
        } else {
            ctx.response().putHeader("Retry-After", Problem.RETRY_AFTER_UNAVAILABLE);
            GatewayProblems.send(
                    ctx,
                    503,
                    ProblemType.SERVICE_UNAVAILABLE,
                    "The " + upstream.name() + " service cannot be reached right now; retry shortly");
        }
    }

    private record Answer(HttpClientResponse response, Buffer body) {}
}
