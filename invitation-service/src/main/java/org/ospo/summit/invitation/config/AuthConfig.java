package org.ospo.summit.invitation.config;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;
import java.util.Map;

/** Sign-in settings: organizer accounts of this deployment and token lifetimes. */
@ConfigMapping(prefix = "summit.auth")
public interface AuthConfig {
    /** username → password; empty in production unless configured (OIDC is the production way). */
    Map<String, String> accounts();

    Duration organizerTokenTtl();

    Duration attendeeTokenTtl();
}
