package org.ospo.summit.attendee.api;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ospo.summit.contracts.events.Topic;

/** A peer worth meeting and why; no contact details (those come with an accepted introduction). */
@Schema(description = "An opted-in peer worth meeting, with the reasons in plain words; never an email or phone")
public record PeerSuggestion(
        UUID attendeeId,
        @Schema(example = "韩梅梅") String fullName,
        @Schema(example = "Example Bank") String company,
        @Schema(nullable = true, example = "Head of OSPO") String jobTitle,

        @Schema(nullable = true, example = "OSPO lead, fintech, 3 years in")
        String headline,

        List<String> offers,
        List<String> seeks,

        @Schema(description = "the themes both of us want to discuss", example = "[\"LEGAL\"]")
        List<Topic> sharedTopics,

        @Schema(
                description = "why, strongest first",
                example = "[\"You both collected the problem “Licence review at scale”\", "
                        + "\"You both want to discuss LEGAL\"]")
        List<String> reasons,

        @Schema(description = "how much matches (higher first); the order of the list", example = "5")
        int score) {

    /** Up to 10 peers, best match first. */
    @Schema(name = "PeerSuggestions", description = "Up to 10 opted-in peers, best match first")
    public record List10(List<PeerSuggestion> peers) {}
}
