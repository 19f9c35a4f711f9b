package org.ospo.summit.invitation.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.util.Base64;
import org.ospo.summit.platform.security.Sha256;

/**
 * RSVP tokens: 256 bits from a CSPRNG, URL-safe base64 (43 characters). Only the SHA-256 of a token is stored, so
 * a database leak does not leak live links; a lookup is one indexed equality on the hash, so an unknown token and a
 * known-but-wrong one take the same path and time.
 */
@ApplicationScoped
public class InvitationTokens {
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private final SecureRandom random = new SecureRandom();

    public String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return ENCODER.encodeToString(bytes);
    }

    public String hash(String token) {
        return Sha256.hex(token);
    }
}
