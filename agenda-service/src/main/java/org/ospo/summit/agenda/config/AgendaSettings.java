package org.ospo.summit.agenda.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;

/**
 * agenda-service's own settings ({@code summit.agenda.*}; docs/operations.md). The reads from memory are the
 * platform's {@code ReadCacheSettings}.
 */
@ConfigMapping(prefix = "summit.agenda")
public interface AgendaSettings {
    /** the zone of calendars and day filters until summit.updated names one */
    @WithDefault("Asia/Shanghai")
    ZoneId defaultTimezone();

    /** the ORGANIZER of the iCalendar feeds */
    @WithDefault("organizers@ospo-summit.example")
    String organizerEmail();

    /** lay out and publish a demo agenda on the summit's first day while an edition's agenda is empty (local run) */
    @WithDefault("false")
    boolean demo();
}
