package org.ospo.summit.platform.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * The histogram buckets of the latencies that matter, so Prometheus can tell a p95 and alert on it: an API request
 * ({@code http_server_requests_seconds}: 5 ms to 10 s) and an event's way from its transaction to its effect in another
 * service ({@code summit_event_visible_seconds}: 50 ms to 5 min, "accepted" to "an attendee").
 */
public final class LatencyBuckets {
    public static final Duration[] HTTP = millis(5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000);
    public static final Duration[] EVENTS = millis(50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000, 60000, 300000);

    private LatencyBuckets() {}

    private static Duration[] millis(long... values) {
        Duration[] buckets = new Duration[values.length];
        for (int i = 0; i < values.length; i++) {
            buckets[i] = Duration.ofMillis(values[i]);
        }
        return buckets;
    }

    /** Quarkus applies every MeterFilter bean to the registry: the HTTP server timer gets {@link #HTTP}. */
    @Singleton
    static class HttpBuckets {
        @Produces
        @Singleton
        MeterFilter httpServerBuckets() {
            return new MeterFilter() {
                @Override
                public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                    if (!id.getName().equals("http.server.requests")) {
                        return config;
                    }
                    return DistributionStatisticConfig.builder()
                            .serviceLevelObjectives(nanos(HTTP))
                            .build()
                            .merge(config);
                }
            };
        }
    }

    static double[] nanos(Duration[] buckets) {
        double[] values = new double[buckets.length];
        for (int i = 0; i < buckets.length; i++) {
            values[i] = buckets[i].toNanos();
        }
        return values;
    }
}
