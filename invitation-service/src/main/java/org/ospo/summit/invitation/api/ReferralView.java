package org.ospo.summit.invitation.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ospo.summit.contracts.events.ReferralSource;
import org.ospo.summit.invitation.model.Referral;
import org.ospo.summit.invitation.model.ReferralDuplicate;
import org.ospo.summit.invitation.model.ReferralStatus;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
        description =
                "A nomination: an attendee vouched for a peer for their own edition (source PEER), or named one in "
                        + "the next-year form (NEXT_YEAR_FORM), which comes in once the edition after theirs exists")
public record ReferralView(
        UUID id,
        @Schema(description = "the edition", example = "1") int summitId,
        @Schema(example = "PENDING") ReferralStatus status,
        UUID referrerAttendeeId,
        String email,

        @Schema(nullable = true, description = "null: from the next-year form, the person never invited before")
        String fullName,

        @Schema(nullable = true) String company,

        @Schema(nullable = true, description = "the nominator's words; null from the next-year form")
        String reason,

        @Schema(example = "PEER") ReferralSource source,

        @Schema(
                nullable = true,
                description = "NEXT_YEAR_FORM: the edition whose attendee named the person",
                example = "1")
        Integer nominatedIn,

        @Schema(
                nullable = true,
                description = "organizers only: the person was already invited or nominated when " + "this came in")
        ReferralDuplicate duplicate,

        @Schema(nullable = true) String decisionReason,

        @Schema(nullable = true, description = "the invitation an approval created")
        UUID invitationId,

        OffsetDateTime createdAt,
        @Schema(nullable = true) OffsetDateTime decidedAt) {

    /** what organizers see */
    public static ReferralView of(Referral r) {
        return new ReferralView(
                r.id,
                r.summitId,
                r.status,
                r.referrerAttendeeId,
                r.email,
                r.fullName,
                r.company,
                r.reason,
                r.source,
                r.nominatedIn,
                r.duplicate,
                r.decisionReason,
                r.invitationId,
                r.createdAt,
                r.decidedAt);
    }

    /** what the nominating attendee gets back: the same whether or not the person was already known */
    public static ReferralView receipt(Referral r) {
        return new ReferralView(
                r.id,
                r.summitId,
                r.status,
                r.referrerAttendeeId,
                r.email,
                r.fullName,
                r.company,
                r.reason,
                r.source,
                r.nominatedIn,
                null,
                null,
                null,
                r.createdAt,
                null);
    }

    /** The OpenAPI shape of a page of these (the endpoint returns the platform's generic {@code Page}). */
    @Schema(name = "ReferralPage", description = "A page of nominations")
    public record Paged(
            List<ReferralView> items,
            @Schema(example = "0") int page,
            @Schema(example = "20") int size,
            @Schema(example = "57") long total) {}
}
