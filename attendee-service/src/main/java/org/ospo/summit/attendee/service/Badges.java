package org.ospo.summit.attendee.service;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.jose4j.lang.JoseException;
import org.ospo.summit.attendee.api.Badge;
import org.ospo.summit.attendee.model.Attendee;
import org.ospo.summit.attendee.model.BadgeKey;
import org.ospo.summit.attendee.repository.AttendeeRepository;
import org.ospo.summit.contracts.problem.ProblemType;
import org.ospo.summit.platform.edition.KnownEdition;
import org.ospo.summit.platform.edition.KnownEditions;
import org.ospo.summit.platform.problem.ProblemException;

/**
 * Door badges. A badge's code is a compact JWS (ES256, {@link BadgeKeys}) over the attendee ({@code sub}) and the
 * edition ({@code summit}), valid ({@code nbf}..{@code exp}) from the day before the edition starts to the day after
 * it ends, so a door phone verifies it with the public keys alone, offline. Only an active attendee has one: a
 * withdrawn or erased attendee's badge is refused at once (410), here and at the door.
 */
@ApplicationScoped
public class Badges {
    /** the {@code typ} of a badge's header: a door scanner refuses any other signed thing shown to it */
    public static final String TYPE = "summit-badge+jwt";
    /** the {@code iss} of every badge */
    public static final String ISSUER = "/summit/attendee-service/badges";

    private static final Duration MARGIN = Duration.ofDays(1);

    private final AttendeeRepository attendees;
    private final KnownEditions editions;
    private final BadgeKeys keys;

    public Badges(AttendeeRepository attendees, KnownEditions editions, BadgeKeys keys) {
        this.attendees = attendees;
        this.editions = editions;
        this.keys = keys;
    }

    /** The attendee's badge: 404 before their registration arrived, 410 once withdrawn or erased. */
    public Uni<Badge> of(UUID attendeeId) {
        return Panache.withSession(() -> attendees
                        .findById(attendeeId)
                        .invoke(Badges::requireActive)
                        .chain(a -> editions.findById(a.summitId).map(edition -> validity(a, edition))))
                .chain(valid -> keys.signing().map(signing -> sign(valid, signing)));
    }

    /** The badge's code as a QR code (SVG, error correction M, a quiet zone of four modules). */
    public static String svg(String code) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter()
                    .encode(
                            code,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalStateException("a badge code does not fit a QR code", e);
        }
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + matrix.getWidth() + " " + matrix.getHeight()
                + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }

    /** What a verified badge says: whose it is and for which edition. */
    public record Holder(UUID attendeeId, int summitId) {}

    /**
     * Verifies a badge's code as a door phone does, with the public keys alone: ES256 by one of {@code keys}, this
     * suite's badge type and issuer, valid at {@code at}. Anything else is a 400 problem (badge-invalid).
     */
    public static Holder verify(String code, List<BadgeKey> keys, OffsetDateTime at) {
        try {
            JwtClaims claims = new JwtConsumerBuilder()
                    .setVerificationKeyResolver(new JwksVerificationKeyResolver(BadgeKeys.publicKeys(keys)))
                    .setJwsAlgorithmConstraints(
                            AlgorithmConstraints.ConstraintType.PERMIT,
                            AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256)
                    .setExpectedType(true, TYPE)
                    .setExpectedIssuer(ISSUER)
                    .setRequireSubject()
                    .setRequireNotBefore()
                    .setRequireExpirationTime()
                    .setEvaluationTime(NumericDate.fromSeconds(at.toEpochSecond()))
                    .build()
                    .processToClaims(code);
            return new Holder(
                    UUID.fromString(claims.getSubject()),
                    claims.getClaimValue("summit", Long.class).intValue());
        } catch (InvalidJwtException e) {
            boolean outsideItsDays = e.hasExpired() || e.hasErrorCode(ErrorCodes.NOT_YET_VALID);
            throw invalid(
                    outsideItsDays
                            ? "the badge is valid only from the day before the summit to the day after it"
                            : "it is not a badge signed with this summit's keys");
        } catch (MalformedClaimException | IllegalArgumentException | NullPointerException e) {
            throw invalid("it is not a badge signed with this summit's keys");
        }
    }

    static ProblemException invalid(String why) {
        return new ProblemException(400, ProblemType.BADGE_INVALID, "Not a valid badge: " + why);
    }

    private record Validity(Attendee attendee, OffsetDateTime from, OffsetDateTime until) {}

    private static void requireActive(Attendee a) {
        if (a == null) {
            throw AttendeeService.notRegisteredYet();
        }
        if (!a.expected()) {
            throw ProblemException.gone("This badge is no longer valid: the attendee withdrew or was erased");
        }
    }

    private static Validity validity(Attendee a, KnownEdition edition) {
        if (edition == null || edition.startsAt == null || edition.endsAt == null) {
            throw ProblemException.conflict("The summit's days are not known yet; the badge is issued once they are");
        }
        ZoneId zone = edition.timezone == null ? edition.startsAt.getOffset() : ZoneId.of(edition.timezone);
        return new Validity(
                a,
                edition.startsAt.minus(MARGIN).atZoneSameInstant(zone).toOffsetDateTime(),
                edition.endsAt.plus(MARGIN).atZoneSameInstant(zone).toOffsetDateTime());
    }

    private static Badge sign(Validity valid, BadgeKeys.Signing signing) {
        Attendee a = valid.attendee();
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setSubject(a.id.toString());
        claims.setClaim("summit", a.summitId);
        claims.setNotBefore(NumericDate.fromSeconds(valid.from().toEpochSecond()));
        claims.setExpirationTime(NumericDate.fromSeconds(valid.until().toEpochSecond()));
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(signing.key());
        jws.setKeyIdHeaderValue(signing.kid());
        jws.setHeader("typ", TYPE);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);
        try {
            return new Badge(jws.getCompactSerialization(), a.id, a.fullName, a.company, valid.from(), valid.until());
        } catch (JoseException e) {
            throw new IllegalStateException("cannot sign a badge", e);
        }
    }
}
