package org.ospo.summit.gateway.config;

import java.time.Duration;
import java.util.Map;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "summit.gateway")
public interface GatewayConfig {
    /** service name (invitation, attendee, agenda) → base URL */
    Map<String, String> services();

    int maxConnectionsPerService();

    Duration connectTimeout();

    Duration requestTimeout();

    /** how long GET /api/me/summit waits for each service before it calls the part unavailable */
    Duration aggregateTimeout();

    int bodyLimitBytes();

    RateLimit rateLimit();

    OpenApi openapi();

    interface RateLimit {
        int loginPerMinute();

        int rsvpPerMinute();
    }

    interface OpenApi {
        Duration refresh();
    }
}
