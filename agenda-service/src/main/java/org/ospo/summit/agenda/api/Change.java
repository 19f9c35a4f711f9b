package org.ospo.summit.agenda.api;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ospo.summit.agenda.model.ChangeType;

@Schema(description = "One change of a published version against the previous one")
public record Change(
        @Schema(example = "MOVED") ChangeType type,
        UUID sessionId,
        @Schema(example = "Legal roundtable") String title,

        @Schema(nullable = true, example = "2027-03-20T14:00+08:00 Room B → 2027-03-20T15:00+08:00 Room B")
        String detail) {}
