package org.ospo.summit.attendee.api;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who came in, for the door volunteer's screen. */
@Schema(description = "An attendee checked in: who, and when their badge was first scanned.")
public record CheckInView(
        UUID attendeeId,
        @Schema(example = "李雷") String fullName,
        @Schema(example = "Example Tech") String company,
        @Schema(example = "2027-03-20T08:47:12.000+08:00") OffsetDateTime checkedInAt) {}
