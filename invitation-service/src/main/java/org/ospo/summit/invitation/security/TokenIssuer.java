package org.ospo.summit.invitation.security;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.ospo.summit.invitation.config.AuthConfig;
import org.ospo.summit.platform.security.Roles;

import io.smallrye.jwt.build.Jwt;

/** Signs the suite's JWTs (RS256): organizer sign-in and the attendee token an invitee gets on accepting. */
@ApplicationScoped
public class TokenIssuer {
    private final AuthConfig config;

    public TokenIssuer(AuthConfig config) {
        this.config = config;
    }

    public IssuedToken organizer(String username) {
        long ttl = config.organizerTokenTtl().toSeconds();
        String token = Jwt.subject(username).upn(username).groups(Set.of(Roles.ORGANIZER)).expiresIn(ttl).sign();
        return new IssuedToken(token, ttl);
    }

    /** {@code sub} is the attendee id (one per person and edition); {@code summitId} names the edition. */
    public IssuedToken attendee(UUID attendeeId, UUID invitationId, int summitId, String email) {
        long ttl = config.attendeeTokenTtl().toSeconds();
        String token = Jwt.subject(attendeeId.toString()).upn(email).groups(Set.of(Roles.ATTENDEE))
                .claim("invitationId", invitationId.toString()).claim("summitId", summitId).expiresIn(ttl).sign();
        return new IssuedToken(token, ttl);
    }

    public record IssuedToken(String token, long expiresIn) {
    }
}
