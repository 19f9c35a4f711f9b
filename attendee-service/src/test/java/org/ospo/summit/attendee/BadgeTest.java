package org.ospo.summit.attendee;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.EcJwkGenerator;
import org.jose4j.jwk.EllipticCurveJsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.EllipticCurves;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ospo.summit.attendee.service.Badges;
import org.ospo.summit.platform.testing.TestDb;
import org.ospo.summit.platform.testing.TestKafka;
import org.ospo.summit.platform.testing.TestTokens;

/**
 * Door badges: a code a phone verifies with the public keys alone (no call to the suite), its QR code, and no badge
 * for an attendee who withdrew.
 */
@QuarkusTest
class BadgeTest {
    private static final String DB = "summit_attendee_test";
    private static final OffsetDateTime STARTS = OffsetDateTime.parse("2027-03-20T09:00:00+08:00");
    private static final OffsetDateTime ENDS = OffsetDateTime.parse("2027-03-20T18:00:00+08:00");

    /** the first edition's days, as its announcement would have taught them */
    @BeforeAll
    static void summitDays() throws Exception {
        summitDays(1, STARTS, ENDS);
    }

    /** an edition's days, as its announcement would have taught them (the rest of what is known stays) */
    static void summitDays(int edition, OffsetDateTime starts, OffsetDateTime ends) throws Exception {
        TestDb.execute(
                DB,
                "insert into known_edition (id, name, year, status, current, updated_at, starts_at, ends_at, timezone) "
                        + "values (?, 'OSPO Summit', 2027, 'OPEN', false, now(), ?, ?, 'Asia/Shanghai') "
                        + "on conflict (id) do update set starts_at = excluded.starts_at, ends_at = excluded.ends_at, "
                        + "timezone = excluded.timezone",
                edition,
                starts,
                ends);
    }

    @Test
    void aBadgeIsVerifiedOfflineWithThePublicKeysAlone() throws Exception {
        UUID attendee = PreparationResourceTest.registered("Badge Holder");
        var badge = given().auth()
                .oauth2(TestTokens.attendee(attendee))
                .get("/api/attendees/me/badge")
                .then()
                .statusCode(200)
                .header("Cache-Control", equalTo("private, no-store"))
                .body("attendeeId", equalTo(attendee.toString()))
                .body("fullName", equalTo("Badge Holder"))
                .body("validFrom", equalTo("2027-03-19T09:00:00.000+08:00"))
                .body("validUntil", equalTo("2027-03-21T18:00:00.000+08:00"))
                .extract();
        String keys = given().get("/api/checkin/keys")
                .then()
                .statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=300"))
                .extract()
                .asString();

        // from here on, only the code and the keys: what a door phone holds without a network
        JwtClaims claims = door(keys, STARTS).processToClaims(badge.path("code"));
        assertEquals(attendee.toString(), claims.getSubject());
        assertEquals(1L, claims.getClaimValue("summit", Long.class));
        assertEquals(STARTS.minusDays(1).toEpochSecond(), claims.getNotBefore().getValue());
        assertEquals(
                ENDS.plusDays(1).toEpochSecond(), claims.getExpirationTime().getValue());
        assertEquals(
                TestDb.count(DB, "select count(*) from badge_key"),
                new JsonWebKeySet(keys).getJsonWebKeys().size(),
                "every key is published, with no private part");
        assertTrue(!keys.contains("\"d\""), keys);
    }

    @Test
    void aTamperedForgedOrExpiredCodeDoesNotVerify() throws Exception {
        UUID attendee = PreparationResourceTest.registered("Careful Holder");
        String code = given().auth()
                .oauth2(TestTokens.attendee(attendee))
                .get("/api/attendees/me/badge")
                .then()
                .statusCode(200)
                .extract()
                .path("code");
        String keys = given().get("/api/checkin/keys").asString();
        String[] parts = code.split("\\.");

        // another attendee's id in the same signature
        JwtClaims someoneElse = new JwtClaims();
        someoneElse.setIssuer(Badges.ISSUER);
        someoneElse.setSubject(UUID.randomUUID().toString());
        someoneElse.setClaim("summit", 1);
        someoneElse.setNotBefore(NumericDate.fromSeconds(STARTS.minusDays(1).toEpochSecond()));
        someoneElse.setExpirationTime(NumericDate.fromSeconds(ENDS.toEpochSecond()));
        String other = someoneElse.toJson();
        String tampered = parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(other.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
        assertThrows(InvalidJwtException.class, () -> door(keys, STARTS).process(tampered));

        // a code signed by a key the suite does not have, under the same key id
        EllipticCurveJsonWebKey forger = EcJwkGenerator.generateJwk(EllipticCurves.P256);
        JsonWebSignature forged = new JsonWebSignature();
        forged.setPayload(other);
        forged.setKey(forger.getPrivateKey());
        forged.setKeyIdHeaderValue(
                new JsonWebKeySet(keys).getJsonWebKeys().get(0).getKeyId());
        forged.setHeader("typ", Badges.TYPE);
        forged.setAlgorithmHeaderValue(AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);
        assertThrows(InvalidJwtException.class, () -> door(keys, STARTS).process(forged.getCompactSerialization()));

        // the real code, two days after the summit
        assertThrows(
                InvalidJwtException.class, () -> door(keys, ENDS.plusDays(2)).process(code));
    }

    @Test
    void theQrCodeHoldsAVerifiableCode() throws Exception {
        UUID attendee = PreparationResourceTest.registered("Qr Holder");
        String svg = given().auth()
                .oauth2(TestTokens.attendee(attendee))
                .get("/api/attendees/me/badge.svg")
                .then()
                .statusCode(200)
                .contentType("image/svg+xml")
                .extract()
                .asString();

        String decoded = decode(svg);

        JwtClaims claims =
                door(given().get("/api/checkin/keys").asString(), STARTS).processToClaims(decoded);
        assertEquals(attendee.toString(), claims.getSubject());
    }

    @Test
    void aWithdrawnAttendeeHasNoBadgeAndSomeoneNotRegisteredYetNeither() {
        UUID attendee = PreparationResourceTest.registered("Leaving Holder");
        TestKafka.sendCloudEvent(
                "summit.invitations",
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString(),
                "invitation.declined",
                "{\"invitationId\": \"" + UUID.randomUUID() + "\", \"summitId\": 1, \"attendeeId\": \"" + attendee
                        + "\", \"reason\": \"plans changed\", \"declinedAt\": \"2027-02-01T10:00:00+08:00\"}");
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> given().auth()
                                .oauth2(TestTokens.attendee(attendee))
                                .get("/api/attendees/me/badge")
                                .statusCode()
                        == 410);
        given().auth()
                .oauth2(TestTokens.attendee(attendee))
                .get("/api/attendees/me/badge.svg")
                .then()
                .statusCode(410)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.attendee(UUID.randomUUID()))
                .get("/api/attendees/me/badge")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    /** a door phone: the keys it fetched earlier, its own clock, ES256 badges only */
    private static JwtConsumer door(String keys, OffsetDateTime now) throws Exception {
        return new JwtConsumerBuilder()
                .setVerificationKeyResolver(new JwksVerificationKeyResolver(new JsonWebKeySet(keys).getJsonWebKeys()))
                .setJwsAlgorithmConstraints(
                        AlgorithmConstraints.ConstraintType.PERMIT,
                        AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256)
                .setExpectedType(true, Badges.TYPE)
                .setExpectedIssuer(Badges.ISSUER)
                .setRequireSubject()
                .setRequireExpirationTime()
                .setRequireNotBefore()
                .setEvaluationTime(NumericDate.fromSeconds(now.toEpochSecond()))
                .build();
    }

    /** reads the QR code back: the SVG's modules drawn four pixels each, then ZXing's reader */
    private static String decode(String svg) throws Exception {
        Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
        assertTrue(box.find(), svg);
        int size = Integer.parseInt(box.group(1));
        int scale = 4;
        int[] pixels = new int[size * scale * size * scale];
        Arrays.fill(pixels, 0xFFFFFFFF);
        Matcher module = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z").matcher(svg);
        while (module.find()) {
            int x = Integer.parseInt(module.group(1));
            int y = Integer.parseInt(module.group(2));
            for (int dy = 0; dy < scale; dy++) {
                for (int dx = 0; dx < scale; dx++) {
                    pixels[(y * scale + dy) * size * scale + x * scale + dx] = 0xFF000000;
                }
            }
        }
        var image = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size * scale, size * scale, pixels)));
        // a code drawn module by module, upright, with its quiet zone: read as such (the finder-pattern search of a
        // photographed code misses some perfect renderings now and then)
        return new QRCodeReader()
                .decode(image, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE))
                .getText();
    }
}
