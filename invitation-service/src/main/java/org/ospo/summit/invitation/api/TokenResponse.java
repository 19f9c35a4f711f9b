package org.ospo.summit.invitation.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A bearer token for the Authorization header")
public record TokenResponse(
        @Schema(example = "eyJhbGciOiJSUzI1NiIs...") String accessToken,
        @Schema(example = "Bearer") String tokenType,

        @Schema(description = "seconds until the token expires", example = "28800")
        long expiresIn) {

    public static TokenResponse bearer(String token, long expiresIn) {
        return new TokenResponse(token, "Bearer", expiresIn);
    }
}
