-- The keys badges are signed with (ES256, P-256). attendee-service makes its first one itself, at the first badge
-- asked for: a door phone verifies badges offline with the public keys (GET /api/checkin/keys), and the private key
-- never leaves this database. A retired key signs nothing new but still verifies the badges it signed.
create table badge_key (
    kid         text        primary key,
    private_key text        not null, -- PKCS#8, base64
    public_jwk  text        not null, -- the public key as a JWK (kid, alg ES256, use sig)
    created_at  timestamptz not null,
    retired_at  timestamptz
);
