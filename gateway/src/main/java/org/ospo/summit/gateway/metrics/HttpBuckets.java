package org.ospo.summit.gateway.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.stream.LongStream;

/**
 * Histogram buckets for the gateway's {@code http_server_requests_seconds} (5 ms to 10 s), the same as the services'
 * ({@code LatencyBuckets}), so a p95 per route template and the 5xx ratio come from one metric at the front door.
 */
@Singleton
public class HttpBuckets {
    static final long[] MILLIS = {5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000};

    @Produces
    @Singleton
    MeterFilter httpServerBuckets() {
        double[] nanos = LongStream.of(MILLIS)
                .mapToDouble(ms -> Duration.ofMillis(ms).toNanos())
                .toArray();
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                return id.getName().equals("http.server.requests")
                        ? DistributionStatisticConfig.builder()
                                .serviceLevelObjectives(nanos)
                                .build()
                                .merge(config)
                        : config;
            }
        };
    }
}
