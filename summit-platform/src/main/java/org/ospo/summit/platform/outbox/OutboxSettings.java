package org.ospo.summit.platform.outbox;

import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the outbox relay runs ({@code summit.outbox.*}, a group of {@code PlatformSettings}; docs/operations.md). */
public interface OutboxSettings {
    /** the poll that backs up the wake-ups and retries rows Kafka refused */
    @WithDefault("PT0.2S")
    Duration pollInterval();

    /** rows claimed per pass */
    @WithDefault("100")
    int batchSize();

    /** how long one send may wait for the broker before the row waits for the next pass */
    @WithDefault("PT20S")
    Duration sendTimeout();

    /** whether PostgreSQL NOTIFY wakes the relay (false behind a pooler in transaction mode) */
    @WithDefault("true")
    boolean listen();

    /** how soon a lost LISTEN connection is opened again */
    @WithDefault("PT1S")
    Duration listenRetry();
}
