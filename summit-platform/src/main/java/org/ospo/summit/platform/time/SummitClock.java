package org.ospo.summit.platform.time;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.ospo.summit.platform.config.PlatformSettings;

/**
 * The one clock of a service: every decision that depends on the date (is the RSVP deadline past, may a preparation
 * still be edited, is a reminder due) and every timestamp the service writes asks it, never {@code now()}.
 * <p>
 * It is the system clock in UTC, started at {@code summit.clock.start} or moved by {@code summit.clock.offset}
 * (default: neither; a rehearsal of the summit's day can run a staging deployment "in" that day). Every QuarkusTest
 * runs on a fixed start (the platform's test profile) and moves it explicitly with {@link #travelTo(Instant)} and
 * {@link #reset()}. Not its business: JWT lifetimes (minted and checked on real time) and the bookkeeping
 * timestamps PostgreSQL writes itself (inbox rows, idempotency keys: the database's {@code now()}).
 */
@Singleton
public class SummitClock extends Clock {
    private final Clock system = Clock.systemUTC();
    private final Duration configured;
    private volatile Duration offset;

    /**
     * Where the clock starts (it ticks on from there; tests fix it with summit.clock.start in the test profile, so no
     * test depends on the day it runs), or else how far it runs ahead of (or behind) the system clock.
     */
    public SummitClock(PlatformSettings settings) {
        PlatformSettings.Clock clock = settings.clock();
        this.configured =
                clock.start().map(s -> Duration.between(system.instant(), s)).orElse(clock.offset());
        this.offset = configured;
    }

    /** now, in UTC, as the entities store it */
    public OffsetDateTime now() {
        return OffsetDateTime.ofInstant(instant(), ZoneOffset.UTC);
    }

    /** moves the clock so that it reads {@code when} now (and goes on ticking from there) */
    public void travelTo(Instant when) {
        offset = Duration.between(system.instant(), when);
    }

    /** back to the configured offset (tests call it after moving the clock) */
    public void reset() {
        offset = configured;
    }

    @Override
    public Instant instant() {
        return system.instant().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        SummitClock self = this;
        return new Clock() {
            @Override
            public Instant instant() {
                return self.instant();
            }

            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }
        };
    }
}
