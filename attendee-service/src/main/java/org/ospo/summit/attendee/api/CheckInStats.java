package org.ospo.summit.attendee.api;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The door in figures, for organizers. */
@Schema(
        description = "The current edition's door: active attendees expected, how many came in, and when (per hour in "
                + "the summit's time zone)")
public record CheckInStats(
        @Schema(example = "1") int summitId,

        @Schema(description = "active attendees of the edition", example = "120")
        long expected,

        @Schema(example = "87") long checkedIn,
        @Schema(example = "33") long notYet,
        List<Hour> byHour) {

    @Schema(name = "CheckInHour", description = "Check-ins in one hour")
    public record Hour(
            @Schema(description = "the hour's start", example = "2027-03-20T08:00:00.000+08:00")
            OffsetDateTime hour,

            @Schema(example = "41") long checkedIn) {}
}
