package org.ospo.summit.invitation.api;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The summit; times are given in the summit's time zone")
public record SummitView(@Schema(example = "OSPO Summit · 开源项目办公室峰会") String name,
        @Schema(example = "2027-03-20T09:00:00+08:00") OffsetDateTime startsAt,
        @Schema(example = "2027-03-20T18:00:00+08:00") OffsetDateTime endsAt,
        @Schema(example = "Asia/Shanghai") String timezone, @Schema(example = "Shanghai") String venue,
        @Schema(example = "80") int capacity, @Schema(example = "2027-03-06T23:59:00+08:00") OffsetDateTime rsvpDeadline,
        @Schema(example = "2") int referralQuota,
        @Schema(example = "https://gotc2023.oschina.net/") String openConferenceUrl) {
}
