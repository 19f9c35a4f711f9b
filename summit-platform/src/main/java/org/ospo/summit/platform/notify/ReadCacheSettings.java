package org.ospo.summit.platform.notify;

import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * The reads served from memory and kept fresh by PostgreSQL NOTIFY ({@code summit.read-cache.*}): invitation-service's
 * edition settings, agenda-service's published agenda and seats. A group of {@code PlatformSettings}.
 */
public interface ReadCacheSettings {
    /** false: every read asks the database (the benchmarks' baseline) */
    @WithDefault("true")
    boolean enabled();

    /**
     * how often the listener checks, with a notification to itself, that notifications still arrive; after two
     * silent heartbeats memory is not used until one arrives again
     */
    @WithDefault("PT2S")
    Duration heartbeat();

    /** how soon a lost LISTEN connection is opened again */
    @WithDefault("PT1S")
    Duration listenRetry();
}
