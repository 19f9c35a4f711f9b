package org.ospo.summit.invitation.security;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Optional;
import org.ospo.summit.invitation.config.InvitationSettings;
import org.ospo.summit.platform.security.Aead;

/**
 * Seals RSVP tokens with AES-256-GCM under the deployment's key ({@code summit.tokens.seal-key}, base64 of 32
 * bytes), so mails can repeat an invitee's link while the database alone never reveals it.
 */
@Startup
@ApplicationScoped
public class TokenSeal {
    private final Aead aead;

    /** created at start-up, so a missing or malformed key stops the service at once, naming the variable */
    public TokenSeal(InvitationSettings settings) {
        String key = settings.tokens()
                .sealKey()
                .filter(k -> !k.isBlank())
                .orElseThrow(
                        () -> new IllegalStateException(
                                "SUMMIT_TOKEN_SEAL_KEY is not set: base64 of 32 random bytes (openssl rand -base64 32), kept stable"));
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(key.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("SUMMIT_TOKEN_SEAL_KEY is not base64", e);
        }
        if (bytes.length != 32) {
            throw new IllegalStateException("SUMMIT_TOKEN_SEAL_KEY must be base64 of 32 bytes, not " + bytes.length);
        }
        this.aead = new Aead(bytes);
    }

    public String seal(String token) {
        return Base64.getEncoder().encodeToString(aead.seal(token.getBytes(StandardCharsets.UTF_8)));
    }

    /** the token, or empty when it was sealed under another key (the seal key was replaced since) */
    public Optional<String> tryOpen(String sealed) {
        try {
            return Optional.of(new String(aead.open(Base64.getDecoder().decode(sealed)), StandardCharsets.UTF_8));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
