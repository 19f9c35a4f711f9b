package org.ospo.summit.invitation.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ospo.summit.contracts.events.EditionStatus;

@Schema(
        description = "An edition's settings (all required but year, status and venueZh, which stay as they are when "
                + "left out)")
public record UpdateSummitRequest(
        @NotBlank @Size(max = 200) @Schema(example = "OSPO Summit · 开源项目办公室峰会")
        String name,

        @Min(2000) @Max(2100) @Schema(example = "2027") Integer year,

        @NotNull @Schema(example = "2027-03-20T09:00:00.000+08:00")
        OffsetDateTime startsAt,

        @NotNull @Schema(example = "2027-03-20T18:00:00.000+08:00")
        OffsetDateTime endsAt,

        @NotBlank @Size(max = 64) @Schema(example = "Asia/Shanghai")
        String timezone,

        @NotBlank @Size(max = 300) @Schema(example = "Shanghai")
        String venue,

        @NotNull @Min(0) @Max(100000) @Schema(example = "80")
        Integer capacity,

        @NotNull @Schema(example = "2027-03-06T23:59:00.000+08:00")
        OffsetDateTime rsvpDeadline,

        @NotNull @Min(0) @Max(100) @Schema(example = "2") Integer referralQuota,

        @NotBlank
        @Size(max = 500)
        @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
        @Schema(example = "https://gotc2023.oschina.net/")
        String openConferenceUrl,

        @Schema(
                description = "move the edition on: PLANNING → OPEN | CLOSED, OPEN → CLOSED, CLOSED → OPEN | ARCHIVED; "
                        + "a CLOSED or ARCHIVED edition accepts no other change",
                example = "OPEN")
        EditionStatus status,

        @Size(max = 300)
        @Schema(
                nullable = true,
                description = "the venue as zh-CN invitees read it; left out: kept, " + "empty: none (venue is shown)",
                example = "上海")
        String venueZh) {}
