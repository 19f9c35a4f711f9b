package org.ospo.summit.invitation.api;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ospo.summit.contracts.events.EditionStatus;

@Schema(description = "An edition of the summit; times are given in its time zone")
public record SummitView(
        @Schema(example = "1") int id,
        @Schema(example = "OSPO Summit · 开源项目办公室峰会") String name,
        @Schema(example = "2027") int year,

        @Schema(
                description = "PLANNING → OPEN → CLOSED → ARCHIVED; CLOSED and ARCHIVED editions are read-only",
                example = "OPEN")
        EditionStatus status,

        @Schema(description = "the current edition: what /api/summit and lists without ?summit= mean", example = "true")
        boolean current,

        @Schema(example = "2027-03-20T09:00:00.000+08:00") OffsetDateTime startsAt,
        @Schema(example = "2027-03-20T18:00:00.000+08:00") OffsetDateTime endsAt,
        @Schema(example = "Asia/Shanghai") String timezone,
        @Schema(example = "Shanghai") String venue,

        @Schema(
                nullable = true,
                description = "the venue as zh-CN invitees read it (the invitation page and mails); " + "null: venue",
                example = "上海")
        String venueZh,

        @Schema(example = "80") int capacity,
        @Schema(example = "2027-03-06T23:59:00.000+08:00") OffsetDateTime rsvpDeadline,
        @Schema(example = "2") int referralQuota,
        @Schema(example = "https://gotc2023.oschina.net/") String openConferenceUrl,

        @Schema(
                nullable = true,
                description = "the edition whose settings (and rooms) this one was copied from",
                example = "1")
        Integer copiedFrom,

        @Schema(
                nullable = true,
                description = "when this archived edition's personal data was erased (its retention period passed); "
                        + "its figures stay")
        OffsetDateTime anonymisedAt) {}
