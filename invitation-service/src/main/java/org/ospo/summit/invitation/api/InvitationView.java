package org.ospo.summit.invitation.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ospo.summit.contracts.api.Locales;
import org.ospo.summit.contracts.events.Criterion;
import org.ospo.summit.contracts.events.InvitationStatus;
import org.ospo.summit.invitation.model.HistoryType;

/** An invitation as organizers see it. {@code token}/{@code rsvpUrl} only on creation; {@code events} only on GET by id. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "An invitation")
public record InvitationView(
        UUID id,
        @Schema(description = "the edition", example = "1") int summitId,
        String email,
        String fullName,
        String company,
        @Schema(nullable = true) String jobTitle,
        @Schema(ref = Locales.SCHEMA) String locale,
        List<Criterion> criteria,
        @Schema(nullable = true) String note,
        InvitationStatus status,

        @Schema(nullable = true, description = "the attendee, once accepted")
        UUID attendeeId,

        @Schema(nullable = true, description = "attendeeId of the attendee who nominated this person (二度)")
        UUID referredBy,

        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,

        @Schema(nullable = true, description = "when the invitee answered")
        OffsetDateTime respondedAt,

        @Schema(nullable = true, description = "the RSVP token; shown once, at creation (only its hash is stored)")
        String token,

        @Schema(
                nullable = true,
                description = "the link for the invitee; shown once, at creation",
                example = "http://localhost:8080/rsvp/3q2-...")
        String rsvpUrl,

        @Schema(nullable = true, description = "on GET by id: what happened, oldest first")
        List<HistoryEntry> events,

        @Schema(nullable = true, description = "who vouched for this person (on GET by id of a referred invitation)")
        Referrer referrer,

        @Schema(
                nullable = true,
                description = "on GET by id: the same person (same email) in earlier editions, " + "newest first")
        List<PreviousEdition> previousEditions) {

    @Schema(description = "The same person in an earlier edition")
    public record PreviousEdition(
            @Schema(example = "1") int summitId,
            @Schema(example = "2027") int year,
            @Schema(example = "OSPO Summit · 开源项目办公室峰会") String name,
            UUID invitationId,

            @Schema(description = "how that invitation ended (or stands)", example = "ACCEPTED")
            InvitationStatus outcome,

            @Schema(description = "whether the person came: held a seat (ACCEPTED) in that edition", example = "true")
            boolean attended,

            @Schema(nullable = true, description = "who vouched for the person in that edition (二度), if anyone")
            Referrer referredBy) {}

    @Schema(description = "The attendee whose nomination led to this invitation")
    public record Referrer(
            UUID attendeeId,
            UUID invitationId,
            @Schema(example = "李雷") String fullName,
            @Schema(example = "Example Tech") String company) {}

    @Schema(description = "Something that happened to the invitation")
    public record HistoryEntry(
            OffsetDateTime at,
            @Schema(example = "ACCEPTED") HistoryType type,
            @Schema(nullable = true) String detail) {}

    /** The OpenAPI shape of a page of these (the endpoint returns the platform's generic {@code Page}). */
    @Schema(name = "InvitationPage", description = "A page of invitations")
    public record Paged(
            List<InvitationView> items,
            @Schema(example = "0") int page,
            @Schema(example = "20") int size,
            @Schema(example = "57") long total) {}
}
