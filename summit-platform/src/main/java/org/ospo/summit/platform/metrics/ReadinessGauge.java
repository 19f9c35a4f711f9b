package org.ospo.summit.platform.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.SmallRyeHealthReporter;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.ospo.summit.platform.config.PlatformSettings;

/**
 * {@code summit_ready}: 1 while the service's readiness checks pass, 0 while one fails, as Prometheus sees it between
 * the orchestrator's probes (which leave no trace of their own in the metrics). Evaluated every
 * {@code summit.metrics.poll-interval}; the SummitReadinessFlapping alert counts its changes.
 */
@ApplicationScoped
public class ReadinessGauge {
    private final AtomicInteger ready = new AtomicInteger();
    private final AtomicBoolean checking = new AtomicBoolean();
    private final SmallRyeHealthReporter health;
    private final Vertx vertx;
    private final long everyMillis;
    private long timer = -1;

    public ReadinessGauge(
            SmallRyeHealthReporter health, Vertx vertx, MeterRegistry registry, PlatformSettings settings) {
        this.health = health;
        this.vertx = vertx;
        this.everyMillis = settings.metrics().pollInterval().toMillis();
        Gauge.builder("summit.ready", ready, AtomicInteger::get)
                .description("1 while the readiness checks pass, 0 while one fails")
                .register(registry);
    }

    void start(@Observes StartupEvent event) {
        timer = vertx.setPeriodic(0, everyMillis, id -> {
            if (checking.compareAndSet(false, true)) {
                health.getReadinessAsync()
                        .subscribe()
                        .with(
                                result -> {
                                    ready.set(result.isDown() ? 0 : 1);
                                    checking.set(false);
                                },
                                error -> {
                                    ready.set(0);
                                    checking.set(false);
                                });
            }
        });
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }
}
