package org.ospo.summit.attendee.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The public keys badges are signed with (RFC 7517 JSON Web Key Set), for verifying badges offline. */
@Schema(
        description = "The public keys badge codes are signed with (a JWKS, RFC 7517): a door phone keeps them and "
                + "verifies each code's ES256 signature, nbf and exp without the network.")
public record Jwks(List<Key> keys) {

    @Schema(name = "BadgeKey", description = "An EC P-256 public key")
    public record Key(
            @Schema(example = "EC") String kty,

            @Schema(description = "the kid a badge's header names", example = "badge-5c1f…")
            String kid,

            @Schema(example = "sig") String use,
            @Schema(example = "ES256") String alg,
            @Schema(example = "P-256") String crv,
            @Schema(description = "base64url") String x,
            @Schema(description = "base64url") String y) {}
}
