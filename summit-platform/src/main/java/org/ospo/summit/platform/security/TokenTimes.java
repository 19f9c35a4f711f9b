package org.ospo.summit.platform.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.ospo.summit.contracts.security.TokenRules;

/**
 * A token must say when it was issued, and not in the future (beyond 60 s of clock skew): SmallRye JWT bounds the
 * lifetime ({@code smallrye.jwt.time-to-live}) and checks expiry, but would take an {@code iat} a year ahead. A
 * failure is a 401 like any other bad token.
 */
@ApplicationScoped
public class TokenTimes implements SecurityIdentityAugmentor {
    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt
                && !TokenRules.issuedInThePast(jwt.getIssuedAtTime(), Instant.now())) {
            return Uni.createFrom()
                    .failure(new AuthenticationFailedException("the token's iat is missing or in the future"));
        }
        return Uni.createFrom().item(identity);
    }
}
