package org.ospo.summit.attendee.config;

import io.smallrye.config.ConfigMapping;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * attendee-service's own settings (application.properties; docs/operations.md). Rooted at {@code summit} beside the
 * platform's {@code PlatformSettings}, so the keys keep their names.
 */
@ConfigMapping(prefix = "summit")
public interface AttendeeSettings {
    Preparation preparation();

    interface Preparation {
        /** after this instant dossiers are read-only (409); absent: editable until the attendee withdraws */
        Optional<OffsetDateTime> editDeadline();
    }
}
