package org.ospo.summit.attendee.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A badge scanned at the door: now, or earlier while the door phone was offline. */
@Schema(
        description = "A scanned badge. scannedAt: when an offline scan was made (its upload is idempotent and the "
                + "earliest scan counts); left out, the scan is now.")
public record CheckInRequest(
        @NotBlank @Size(max = 2000) @Schema(description = "the badge's code (the QR code's text)")
        String code,

        @Schema(nullable = true, example = "2027-03-20T08:47:12+08:00")
        OffsetDateTime scannedAt) {}
