package org.ospo.summit.gateway.config;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ConfigMapping(prefix = "summit.gateway")
public interface GatewayConfig {
    /** service name (invitation, attendee, agenda) → base URL, or several comma-separated (replicas, round robin) */
    Map<String, String> services();

    /** how long an instance that refused a connection is left out of the rotation (passive health) */
    Duration instanceCooldown();

    int maxConnectionsPerService();

    /**
     * open streams (server-sent events, a connection each) per service at most; one more is a 503 problem, so streams
     * can never starve the API's pooled connections
     */
    int maxStreamsPerService();

    Duration connectTimeout();

    Duration requestTimeout();

    /** how long GET /api/me/summit waits for each service before it calls the part unavailable */
    Duration aggregateTimeout();

    int bodyLimitBytes();

    /** longer request URIs are a 414 problem */
    int maxUriLength();

    /** requests whose headers (names and values) add up to more are a 431 problem */
    int maxHeaderBytes();

    /**
     * Proxies (address or CIDR) whose {@code Forwarded} / {@code X-Forwarded-For} name the client, e.g. the
     * ingress controller's pod network; nobody else's forwarding headers are believed.
     */
    Optional<List<String>> trustedProxies();

    RateLimit rateLimit();

    Cors cors();

    /** HSTS max-age to send (only where the gateway is reached over HTTPS); unset = no HSTS header */
    Optional<Duration> hstsMaxAge();

    interface Cors {
        /** frontend origins allowed to call the API from a browser; none by default */
        Optional<List<String>> origins();
    }

    OpenApi openapi();

    interface RateLimit {
        int loginPerMinute();

        int rsvpPerMinute();
    }

    interface OpenApi {
        Duration refresh();
    }
}
