package org.ospo.summit.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.ospo.summit.platform.notify.ReadCacheSettings;
import org.ospo.summit.platform.outbox.OutboxSettings;

/** The groups of {@link PlatformSettings} that a bean needs alone, injectable by themselves. */
@ApplicationScoped
public class SettingsGroups {
    @Produces
    OutboxSettings outbox(PlatformSettings settings) {
        return settings.outbox();
    }

    @Produces
    ReadCacheSettings readCache(PlatformSettings settings) {
        return settings.readCache();
    }
}
