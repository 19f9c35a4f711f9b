package org.ospo.summit.platform.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.ospo.summit.platform.notify.ReadCacheSettings;
import org.ospo.summit.platform.outbox.OutboxSettings;

/**
 * The settings every service shares ({@code summit.*} outside a service's own groups; defaults in the platform's
 * microprofile-config.properties, docs/operations.md). A service adds its own keys in one mapping of its own, also
 * rooted at {@code summit} (e.g. {@code InvitationSettings}); together they name every {@code summit.*} key, so
 * SmallRye refuses a misspelt one at start-up instead of ignoring it.
 */
@ConfigMapping(prefix = "summit")
public interface PlatformSettings {
    /** the summit's zone: the API writes bookkeeping times in its offset ({@code DateTimes}) */
    ZoneId zone();

    /** the deployment's public address, the base of every absolute URL handed out ({@code PublicUrls}) */
    String publicUrl();

    Http http();

    Clock clock();

    Inbox inbox();

    Db db();

    OutboxSettings outbox();

    ReadCacheSettings readCache();

    Metrics metrics();

    interface Http {
        /** answers smaller than this many bytes are not compressed ({@code CompressionThreshold}) */
        @WithDefault("1024")
        int compressionThreshold();
    }

    /** {@code SummitClock}: where it starts, or how far it runs from the system clock */
    interface Clock {
        Optional<Instant> start();

        @WithDefault("PT0S")
        Duration offset();
    }

    interface Metrics {
        /** how often the gauges read from the database are read again ({@code DatabaseGauges}) */
        @WithDefault("PT15S")
        Duration pollInterval();
    }

    interface Inbox {
        /** how often a failed event (not a poison message, the database not away) is retried before it is dead-lettered */
        @WithDefault("5")
        int retries();
    }

    /**
     * The service's database: {@code base} is set by each service; {@code name} (the base, or base_test in tests) and
     * {@code jdbc-tls} ({@code DatabaseTls}) only feed the datasource URLs.
     */
    interface Db {
        String base();

        Optional<String> name();

        Optional<String> jdbcTls();
    }
}
