package org.ospo.summit.invitation.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new edition. Year and dates are always given; the other settings may come from {@code copyFrom}. */
@Schema(
        description = "A new edition (PLANNING, not current). year, startsAt, endsAt and rsvpDeadline are required; "
                + "the other settings are required unless copyFrom names an edition to take them from (its rooms are "
                + "copied too; people and sessions are not)")
public record CreateSummitRequest(
        @Size(min = 1, max = 200) @Schema(example = "OSPO Summit · 开源项目办公室峰会")
        String name,

        @NotNull @Min(2000) @Max(2100) @Schema(example = "2028")
        Integer year,

        @NotNull @Schema(example = "2028-03-18T09:00:00.000+08:00")
        OffsetDateTime startsAt,

        @NotNull @Schema(example = "2028-03-18T18:00:00.000+08:00")
        OffsetDateTime endsAt,

        @Size(min = 1, max = 64) @Schema(example = "Asia/Shanghai")
        String timezone,

        @Size(min = 1, max = 300) @Schema(example = "Shanghai")
        String venue,

        @Min(0) @Max(100000) @Schema(example = "80") Integer capacity,

        @NotNull @Schema(example = "2028-03-04T23:59:00.000+08:00")
        OffsetDateTime rsvpDeadline,

        @Min(0) @Max(100) @Schema(example = "2") Integer referralQuota,

        @Size(max = 500)
        @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
        @Schema(example = "https://gotc2023.oschina.net/")
        String openConferenceUrl,

        @Schema(description = "the edition to copy settings and rooms from", example = "1")
        Integer copyFrom,

        @Size(max = 300)
        @Schema(
                nullable = true,
                description = "the venue as zh-CN invitees read it (copied when " + "left out)",
                example = "上海")
        String venueZh) {}
