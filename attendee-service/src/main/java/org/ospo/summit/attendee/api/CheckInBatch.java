package org.ospo.summit.attendee.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A door phone's offline scans, uploaded when it has a network again. */
@Schema(description = "Scans a door phone made offline, each with the time it was made (at most 500 at once)")
public record CheckInBatch(@NotEmpty @Size(max = 500) List<@Valid @NotNull Scan> scans) {

    @Schema(name = "OfflineScan", description = "A badge scanned offline")
    public record Scan(
            @NotBlank @Size(max = 2000) @Schema(description = "the badge's code")
            String code,

            @NotNull @Schema(example = "2027-03-20T08:47:12+08:00")
            OffsetDateTime scannedAt) {}

    /** What became of each scan, in the order sent. */
    @Schema(name = "CheckInBatchResult", description = "What became of each scan, in the order they were sent")
    public record Result(List<Item> results) {}

    @Schema(name = "CheckInBatchItem")
    public record Item(
            @Schema(description = "the scan's place in the batch, from 0")
            int index,

            CheckInOutcome outcome,
            @Schema(nullable = true) UUID attendeeId,

            @Schema(nullable = true, description = "the attendee's check-in (the earliest scan)")
            OffsetDateTime checkedInAt,

            @Schema(nullable = true, description = "why an INVALID or GONE scan was refused")
            String detail) {}

    /** A scan's fate. */
    @Schema(
            name = "CheckInOutcome",
            description = "CHECKED_IN: this scan checked the attendee in; ALREADY_IN: they were in (the earliest scan "
                    + "kept); INVALID: not a valid badge of this summit; GONE: the attendee withdrew or was erased")
    public enum CheckInOutcome {
        CHECKED_IN,
        ALREADY_IN,
        INVALID,
        GONE
    }
}
