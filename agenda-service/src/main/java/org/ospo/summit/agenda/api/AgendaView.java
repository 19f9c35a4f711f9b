package org.ospo.summit.agenda.api;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The published agenda; version 0 with no sessions before the first publication")
public record AgendaView(
        @Schema(example = "3") int version,

        @Schema(nullable = true, description = "null before the first publication")
        OffsetDateTime publishedAt,

        List<PublishedSession> sessions) {}
