package org.ospo.summit.attendee.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ospo.summit.attendee.model.SponsorshipKind;
import org.ospo.summit.contracts.events.Topic;

/**
 * The preparation the letter asks of every invitee ("参与之前的准备"). Every field is optional; what is filled in
 * drives {@code completeness} and {@code readiness} (see PreparationScore).
 */
@Schema(description = "An attendee's preparation dossier; every item may be null (not filled in yet)")
public record Preparation(
        @Size(max = 4000)
        @Schema(
                nullable = true,
                description = "回顾一下自己的开源项目办公室相关工作",
                example = "We set up an OSPO in 2021: " + "policy, inventory, contribution process.")
        String ospoWorkReview,

        @Size(max = 4000)
        @Schema(
                nullable = true,
                description = "总结一些经验教训",
                example = "Start with compliance, earn trust, then " + "grow upstream work.")
        String lessonsLearned,

        @Size(max = 4000)
        @Schema(nullable = true, description = "希望从其他同行那边获得什么", example = "How others measure OSPO value.")
        String expectationsFromPeers,

        @Size(max = 4000)
        @Schema(
                nullable = true,
                description = "希望开源项目办公室能做什么",
                example = "Be the company's open source " + "strategy partner.")
        String ospoWishes,

        @Size(max = 20)
        @Schema(
                nullable = true,
                description = "收集一些平时遇到的问题 (at most 20)",
                example = "[\"Budget for upstream work\", \"Licence review at scale\"]")
        List<@NotBlank @Size(max = 500) String> problems,

        @Schema(nullable = true, description = "告诉自己的上司，峰会这天和上班一样重要", example = "true")
        Boolean managerInformed,

        @Valid @Schema(nullable = true, description = "参与其中，尤其是能赞助些资源")
        Sponsorship sponsorship,

        @Size(max = 6)
        @Schema(nullable = true, description = "themes to discuss", example = "[\"LEGAL\", \"MANAGEMENT\"]")
        List<@NotNull Topic> topics,

        @Schema(
                nullable = true,
                description = "商议明年的组织工作: volunteers for next year's organizing team",
                example = "false")
        Boolean joinOrganizingTeam) {

    @Schema(description = "A sponsorship offer; kind is required when offered")
    public record Sponsorship(
            @NotNull @Schema(example = "true") Boolean offered,
            @Schema(nullable = true, example = "VENUE") SponsorshipKind kind,

            @Size(max = 1000) @Schema(nullable = true, example = "A meeting room for 80 people in Shanghai")
            String details) {}
}
