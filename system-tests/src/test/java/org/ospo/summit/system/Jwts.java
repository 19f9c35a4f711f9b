package org.ospo.summit.system;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * JWTs made by hand with the JDK alone — the suite's own signing key, a foreign key, no signature at all, an HMAC
 * keyed with the public key — so the security tests control every header and claim (no library adds defaults).
 */
final class Jwts {
    static final String ISSUER = "https://summit.local/auth";
    static final String AUDIENCE = "ospo-summit";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static PrivateKey suiteKey;

    private Jwts() {}

    /** the claims of a well-formed token; {@code extra} is spliced in as more JSON members */
    static String claims(
            String subject, String group, String issuer, String audience, long iat, long exp, String extra) {
        StringBuilder json = new StringBuilder("{\"sub\":\"" + subject + "\",\"upn\":\"" + subject + "\",\"groups\":[\""
                + group + "\"],\"iss\":\"" + issuer + "\",\"iat\":" + iat + ",\"exp\":" + exp);
        if (audience != null) {
            json.append(",\"aud\":\"").append(audience).append('"');
        }
        if (extra != null) {
            json.append(',').append(extra);
        }
        return json.append('}').toString();
    }

    static String valid(String subject, String group) {
        long now = Instant.now().getEpochSecond();
        return rs256(suiteKey(), claims(subject, group, ISSUER, AUDIENCE, now, now + 3600, null));
    }

    static String rs256(PrivateKey key, String claims) {
        String signingInput = part("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + part(claims);
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + B64.encodeToString(rsa.sign());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String unsigned(String claims) {
        return part("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + part(claims) + ".";
    }

    /** the classic confusion: HS256 keyed with the (public) RSA key's PEM text */
    static String hs256WithPublicKey(String claims) {
        String signingInput = part("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + part(claims);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Files.readAllBytes(keys().resolve("jwt-public.pem")), "HmacSHA256"));
            return signingInput + "."
                    + B64.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static PrivateKey foreignKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** the part of a JWT that is its own (every token of the suite starts with the same header) */
    static String signature(String jwt) {
        return jwt.substring(jwt.lastIndexOf('.') + 1);
    }

    /** a valid token's payload replaced by {@code claims}, its signature kept */
    static String tampered(String token, String claims) {
        String[] parts = token.split("\\.");
        return parts[0] + "." + part(claims) + "." + parts[2];
    }

    static synchronized PrivateKey suiteKey() {
        if (suiteKey == null) {
            try {
                String pem = Files.readString(keys().resolve("jwt-private.pem"))
                        .replaceAll("-----[A-Z ]+-----", "")
                        .replaceAll("\\s", "");
                suiteKey = KeyFactory.getInstance("RSA")
                        .generatePrivate(
                                new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
            } catch (Exception e) {
                throw new IllegalStateException(
                        "cannot read .summit/keys/jwt-private.pem (./summit test creates it)", e);
            }
        }
        return suiteKey;
    }

    private static Path keys() {
        return Path.of(System.getProperty("summit.root", ".."))
                .toAbsolutePath()
                .normalize()
                .resolve(".summit/keys");
    }

    private static String part(String json) {
        return B64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
