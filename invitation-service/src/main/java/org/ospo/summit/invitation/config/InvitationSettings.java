package org.ospo.summit.invitation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * invitation-service's own settings (application.properties; docs/operations.md). Rooted at {@code summit} beside the
 * platform's {@code PlatformSettings}, so the keys keep their names ({@code summit.auth.*}, {@code summit.tokens.*}, …).
 */
@ConfigMapping(prefix = "summit")
public interface InvitationSettings {
    Auth auth();

    Tokens tokens();

    Mail mail();

    Deadlines deadlines();

    Reminders reminders();

    Retention retention();

    /** sign-in: organizer accounts of this deployment and token lifetimes */
    interface Auth {
        /** username → password; empty in production unless configured (OIDC is the production way) */
        Map<String, String> accounts();

        Duration organizerTokenTtl();

        Duration attendeeTokenTtl();
    }

    interface Tokens {
        /** base64 of 32 bytes sealing RSVP tokens ({@code TokenSeal}, which names what is wrong at start-up) */
        Optional<String> sealKey();
    }

    interface Mail {
        /** how often the mail relay looks for mails to send */
        @WithDefault("PT1S")
        Duration pollInterval();
    }

    interface Deadlines {
        /** how often the deadline job runs (a Quarkus scheduler period, or {@code off}) */
        @WithDefault("60s")
        String every();
    }

    interface Reminders {
        /** how long before the RSVP deadline an unanswered invitee is reminded */
        @WithDefault("P3D")
        Duration before();
    }

    interface Retention {
        /** how long after an edition is archived its people's personal data is erased */
        @WithDefault("P365D")
        Duration archived();
    }
}
