package org.ospo.summit.agenda.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An edition's agenda in figures")
public record AgendaStats(
        @Schema(description = "the edition", example = "1") int summitId,

        @Schema(description = "its latest published version (0: none yet)", example = "3")
        int version,

        @Schema(description = "sessions in that version", example = "13")
        int sessions,

        @Schema(description = "sessions cancelled after being published", example = "1")
        int cancelled,

        @Schema(description = "registrations for its sessions", example = "240")
        long registrations,

        @Schema(description = "attendees registered for at least one session", example = "62")
        long registeredAttendees) {}
