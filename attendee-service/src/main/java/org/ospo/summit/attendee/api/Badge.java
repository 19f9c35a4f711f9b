package org.ospo.summit.attendee.api;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An attendee's badge: the signed code the door scans (also as a QR code: GET /api/attendees/me/badge.svg). */
@Schema(
        description = "An attendee's door badge. The code is a compact JWS (ES256) over the attendee and the edition, "
                + "verifiable offline with the keys at GET /api/checkin/keys; valid from the day before the summit to the day "
                + "after it.")
public record Badge(
        @Schema(description = "the compact JWS the QR code holds", example = "eyJraWQiOiJiYWRnZS0…")
        String code,

        UUID attendeeId,
        @Schema(example = "韩梅梅") String fullName,
        @Schema(example = "Example Tech") String company,

        @Schema(description = "the code's nbf", example = "2027-03-19T09:00:00+08:00")
        OffsetDateTime validFrom,

        @Schema(description = "the code's exp", example = "2027-03-21T18:00:00+08:00")
        OffsetDateTime validUntil) {}
