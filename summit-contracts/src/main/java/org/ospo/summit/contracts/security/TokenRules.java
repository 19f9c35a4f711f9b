package org.ospo.summit.contracts.security;

import java.time.Duration;
import java.time.Instant;

/**
 * What the suite asks of a JWT beyond signature, issuer, audience and lifetime (which SmallRye JWT checks): it says
 * when it was issued, and not in the future (beyond 60 s of clock skew). One rule for the gateway and the services.
 */
public final class TokenRules {
    public static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private TokenRules() {}

    /** {@code iat} (seconds since the epoch, 0 = absent) is present and not after now + skew */
    public static boolean issuedInThePast(long issuedAt, Instant now) {
        return issuedAt > 0 && issuedAt <= now.plus(CLOCK_SKEW).getEpochSecond();
    }
}
