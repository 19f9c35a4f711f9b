package org.ospo.summit.invitation.security;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ospo.summit.invitation.config.InvitationSettings;
import org.ospo.summit.platform.security.Roles;

/**
 * Signs the suite's JWTs (RS256): organizer sign-in and the attendee token an invitee gets on accepting. The key
 * ({@code smallrye.jwt.sign.key.location}) is read and parsed once, at the first token, not for every token as the
 * builder's no-argument {@code sign()} does.
 */
@ApplicationScoped
public class TokenIssuer {
    private final InvitationSettings.Auth config;
    private final String keyLocation;
    private volatile PrivateKey key;

    public TokenIssuer(
            InvitationSettings settings, @ConfigProperty(name = "smallrye.jwt.sign.key.location") String keyLocation) {
        this.config = settings.auth();
        this.keyLocation = keyLocation;
    }

    private PrivateKey key() {
        PrivateKey loaded = key;
        if (loaded == null) {
            try {
                loaded = (PrivateKey) KeyUtils.readSigningKey(keyLocation, null, SignatureAlgorithm.RS256);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the signing key at " + keyLocation, e);
            }
            if (loaded == null) {
                throw new IllegalStateException("no RS256 signing key at " + keyLocation);
            }
            key = loaded;
        }
        return loaded;
    }

    public IssuedToken organizer(String username) {
        long ttl = config.organizerTokenTtl().toSeconds();
        String token = Jwt.subject(username)
                .upn(username)
                .groups(Set.of(Roles.ORGANIZER))
                .expiresIn(ttl)
                .sign(key());
        return new IssuedToken(token, ttl);
    }

    /** A door volunteer's sign-in: the staff role only (check-ins), for a few hours; {@code sub} is its own id. */
    public IssuedToken staff(String name, Duration validFor) {
        long ttl = validFor.toSeconds();
        String token = Jwt.subject("staff-" + UUID.randomUUID())
                .upn(name)
                .groups(Set.of(Roles.STAFF))
                .expiresIn(ttl)
                .sign(key());
        return new IssuedToken(token, ttl);
    }

    /** {@code sub} is the attendee id (one per person and edition); {@code summitId} names the edition. */
    public IssuedToken attendee(UUID attendeeId, UUID invitationId, int summitId, String email) {
        long ttl = config.attendeeTokenTtl().toSeconds();
        String token = Jwt.subject(attendeeId.toString())
                .upn(email)
                .groups(Set.of(Roles.ATTENDEE))
                .claim("invitationId", invitationId.toString())
                .claim("summitId", summitId)
                .expiresIn(ttl)
                .sign(key());
        return new IssuedToken(token, ttl);
    }

    public record IssuedToken(String token, long expiresIn) {}
}
