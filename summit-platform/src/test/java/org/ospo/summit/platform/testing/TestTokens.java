package org.ospo.summit.platform.testing;

import io.smallrye.jwt.build.Jwt;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

/** Mints JWTs the services accept, signed with the project's local key pair (created by ./summit in .summit/keys). */
public final class TestTokens {
    public static final String ISSUER = "https://summit.local/auth";
    public static final String AUDIENCE = "ospo-summit";
    private static PrivateKey key;

    private TestTokens() {}

    public static String organizer() {
        return sign("organizer-test", Set.of("organizer"), ISSUER);
    }

    public static String attendee(UUID attendeeId) {
        return sign(attendeeId.toString(), Set.of("attendee"), ISSUER);
    }

    /** a door volunteer's sign-in */
    public static String staff() {
        return sign("staff-test", Set.of("staff"), ISSUER);
    }

    public static String withIssuer(String issuer) {
        return sign("someone", Set.of("organizer"), issuer);
    }

    private static String sign(String subject, Set<String> groups, String issuer) {
        return Jwt.issuer(issuer)
                .audience(AUDIENCE)
                .subject(subject)
                .upn(subject)
                .groups(groups)
                .expiresIn(3600)
                .sign(privateKey());
    }

    /** an organizer token whose issue and expiry times are given (seconds since the epoch), e.g. to forge one */
    public static String organizerIssuedAt(long issuedAt, long expiresAt) {
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject("organizer-test")
                .groups(Set.of("organizer"))
                .issuedAt(issuedAt)
                .expiresAt(expiresAt)
                .sign(privateKey());
    }

    /** an organizer token for another audience (or none, when null) */
    public static String organizerFor(String audience) {
        var claims = Jwt.issuer(ISSUER)
                .subject("organizer-test")
                .groups(Set.of("organizer"))
                .expiresIn(3600);
        return audience == null
                ? claims.sign(privateKey())
                : claims.audience(audience).sign(privateKey());
    }

    private static synchronized PrivateKey privateKey() {
        if (key == null) {
            try {
                String location = System.getProperty(
                        "summit.test.private-key",
                        System.getenv().getOrDefault("SUMMIT_JWT_PRIVATE_KEY", "../.summit/keys/jwt-private.pem"));
                String pem = Files.readString(Path.of(location))
                        .replaceAll("-----[A-Z ]+-----", "")
                        .replaceAll("\\s", "");
                key = KeyFactory.getInstance("RSA")
                        .generatePrivate(
                                new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
            } catch (Exception e) {
                throw new IllegalStateException("cannot read the local JWT key; run ./summit test (it creates it)", e);
            }
        }
        return key;
    }
}
