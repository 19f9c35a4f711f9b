package org.ospo.summit.invitation.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ospo.summit.platform.security.Aead;

/**
 * Seals RSVP tokens with AES-256-GCM under the deployment's key ({@code summit.tokens.seal-key}, base64 of 32
 * bytes), so mails can repeat an invitee's link while the database alone never reveals it.
 */
@ApplicationScoped
public class TokenSeal {
    private final Aead aead;

    public TokenSeal(@ConfigProperty(name = "summit.tokens.seal-key") String base64Key) {
        byte[] bytes = Base64.getDecoder().decode(base64Key.trim());
        if (bytes.length != 32) {
            throw new IllegalArgumentException("summit.tokens.seal-key must be base64 of 32 bytes");
        }
        this.aead = new Aead(bytes);
    }

    public String seal(String token) {
        return Base64.getEncoder().encodeToString(aead.seal(token.getBytes(StandardCharsets.UTF_8)));
    }

    public String open(String sealed) {
        try {
            return new String(aead.open(Base64.getDecoder().decode(sealed)), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot open a sealed token (was the seal key changed?)", e);
        }
    }
}
