package org.ospo.summit.platform.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Production starts only with the secrets it needs, and says which one is missing: the database password has no
 * default (a trust-auth database would otherwise quietly accept none). Dev mode (Dev Services) and tests are exempt.
 */
@Startup
@ApplicationScoped
public class RequiredSecrets {
    public RequiredSecrets(@ConfigProperty(name = "quarkus.datasource.password") Optional<String> databasePassword) {
        if (LaunchMode.current() == LaunchMode.NORMAL
                && databasePassword.filter(p -> !p.isBlank()).isEmpty()) {
            throw new IllegalStateException("SUMMIT_DB_PASSWORD is not set: production needs the database password "
                    + "explicitly (docs/operations.md)");
        }
    }
}
