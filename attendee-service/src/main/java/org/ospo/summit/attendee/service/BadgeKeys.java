package org.ospo.summit.attendee.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.jose4j.jwk.EcJwkGenerator;
import org.jose4j.jwk.EllipticCurveJsonWebKey;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.keys.EllipticCurves;
import org.jose4j.lang.JoseException;
import org.ospo.summit.attendee.model.BadgeKey;
import org.ospo.summit.attendee.repository.BadgeKeyRepository;
import org.ospo.summit.platform.time.SummitClock;

/**
 * The keys badges are signed with: ES256 on P-256, made by this service at the first badge asked for (one key for
 * all replicas: its creation is serialised in the database), kept in {@code badge_key}. The public ones are the JWKS
 * a door phone verifies badges with, offline.
 */
@ApplicationScoped
public class BadgeKeys {
    public static final String ALGORITHM = "ES256";

    private final BadgeKeyRepository keys;
    private final SummitClock clock;

    public BadgeKeys(BadgeKeyRepository keys, SummitClock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /** The key that signs a badge now, with its id. */
    public record Signing(String kid, PrivateKey key) {}

    /** The signing key, made at the first call (in a transaction of its own). */
    public Uni<Signing> signing() {
        return Panache.withSession(keys::signing)
                .chain(key -> key != null
                        ? Uni.createFrom().item(key)
                        : Panache.withTransaction(() -> keys.lockCreation()
                                .chain(keys::signing)
                                .chain(again -> again != null ? Uni.createFrom().item(again) : create())))
                .map(BadgeKeys::signingOf);
    }

    /** Every public key, newest first, as a JWKS. */
    public Uni<String> jwks() {
        return Panache.withSession(keys::all).map(BadgeKeys::jwksOf);
    }

    private Uni<BadgeKey> create() {
        EllipticCurveJsonWebKey jwk;
        try {
            jwk = EcJwkGenerator.generateJwk(EllipticCurves.P256);
        } catch (JoseException e) {
            throw new IllegalStateException("cannot make a badge key", e);
        }
        BadgeKey key = new BadgeKey();
        key.kid = "badge-" + UUID.randomUUID();
        jwk.setKeyId(key.kid);
        jwk.setAlgorithm(ALGORITHM);
        jwk.setUse("sig");
        key.publicJwk = jwk.toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
        key.privateKey = Base64.getEncoder().encodeToString(jwk.getPrivateKey().getEncoded());
        key.createdAt = clock.now();
        return keys.persist(key);
    }

    private static Signing signingOf(BadgeKey key) {
        try {
            PrivateKey privateKey = KeyFactory.getInstance("EC")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(key.privateKey)));
            return new Signing(key.kid, privateKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("badge key " + key.kid + " is unreadable", e);
        }
    }

    static String jwksOf(List<BadgeKey> all) {
        return new JsonWebKeySet(publicKeys(all)).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
    }

    /** The public keys, as a badge's verifier needs them. */
    static List<JsonWebKey> publicKeys(List<BadgeKey> all) {
        try {
            List<JsonWebKey> keys = new ArrayList<>();
            for (BadgeKey key : all) {
                keys.add(PublicJsonWebKey.Factory.newPublicJwk(key.publicJwk));
            }
            return keys;
        } catch (JoseException e) {
            throw new IllegalStateException("a badge key is unreadable", e);
        }
    }
}
