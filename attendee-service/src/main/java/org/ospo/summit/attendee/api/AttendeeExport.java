package org.ospo.summit.attendee.api;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ospo.summit.contracts.events.WithdrawalReason;

@Schema(description = "Everything attendee-service holds about the signed-in attendee")
public record AttendeeExport(
        @Schema(example = "attendee-service") String service,
        OffsetDateTime exportedAt,
        AttendeeView attendee,

        @Schema(nullable = true, description = "why they withdrew, if they did", example = "DECLINED")
        WithdrawalReason withdrawReason) {}
