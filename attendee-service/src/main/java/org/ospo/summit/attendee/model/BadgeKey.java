package org.ospo.summit.attendee.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A key badges are signed with (ES256); the newest one not retired signs, every one verifies. */
@Entity
@Table(name = "badge_key")
public class BadgeKey {
    @Id
    public String kid;
    /** PKCS#8, base64 */
    @Column(name = "private_key")
    public String privateKey;
    /** the public key as a JWK */
    @Column(name = "public_jwk")
    public String publicJwk;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "retired_at")
    public OffsetDateTime retiredAt;
}
