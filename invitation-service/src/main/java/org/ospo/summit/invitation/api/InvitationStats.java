package org.ospo.summit.invitation.api;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where the invitations stand")
public record InvitationStats(
        @Schema(description = "the edition", example = "1") int summitId,

        @Schema(
                description = "count per status (every status present)",
                example = "{\"DRAFT\": 3, \"SENT\": 40, \"ACCEPTED\": 50, \"DECLINED\": 6, \"WAITLISTED\": 4, "
                        + "\"EXPIRED\": 0, \"REVOKED\": 1}")
        Map<String, Long> byStatus,

        @Schema(example = "80") int capacity,
        @Schema(example = "50") long seatsTaken,
        @Schema(example = "30") long seatsLeft,
        @Schema(example = "4") long waitlisted,
        @Schema(example = "104") long total) {}
