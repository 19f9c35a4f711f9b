package org.ospo.summit.platform.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.security.PrivateKey;
import java.security.PublicKey;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.ospo.summit.contracts.security.VerifiedTokenMemo;

/**
 * The bearer-token check without its cost on every request: a token this replica verified (signature, issuer,
 * audience, lifetime — SmallRye's {@link DefaultJWTParser}, configured as before) is remembered until it expires
 * ({@link VerifiedTokenMemo}), so a client's next requests with the same token skip the RS256 verification and the
 * claims' parsing. Nothing else changes: a token not seen before, or now past its expiry, is verified in full; a
 * refused token is never remembered; the iat rule ({@link TokenTimes}) still runs per request.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {
    private final DefaultJWTParser parser;
    private final VerifiedTokenMemo<JsonWebToken> verified =
            new VerifiedTokenMemo<>(4096, JsonWebToken::getExpirationTime);

    public VerifiedTokens(DefaultJWTParser parser) {
        this.parser = parser;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        return verified.verified(token, parser::parse);
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return parser.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return parser.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return parser.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return parser.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return parser.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return parser.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return parser.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return parser.parseOnly(token);
    }
}
