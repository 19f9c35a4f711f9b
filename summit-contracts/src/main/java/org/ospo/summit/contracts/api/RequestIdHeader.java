package org.ospo.summit.contracts.api;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * {@code X-Request-Id}: one id per request, made (or kept) by the gateway, forwarded to the service, echoed in the
 * answer and written as {@code requestId} into every problem, so a user's report and the logs meet.
 */
public final class RequestIdHeader {
    public static final String NAME = "X-Request-Id";
    /** the problem member that carries it */
    public static final String MEMBER = "requestId";
    /** the span attribute that names the request where tracing is on (a trace backend finds a reported request by it) */
    public static final String SPAN_ATTRIBUTE = "summit.request_id";

    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private RequestIdHeader() {}

    /** the id the request brought, when it is a sane one, or a new one */
    public static String keepOrMake(String given) {
        return given != null && SANE.matcher(given).matches() ? given : make();
    }

    /**
     * A new id in the form of a random (version 4) UUID. It tells requests apart and is no secret (every answer shows
     * it), so it comes from the thread's {@link ThreadLocalRandom}: {@link UUID#randomUUID()} draws from
     * {@code SecureRandom}, which was 2 % of the gateway's CPU samples under load.
     */
    static String make() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = random.nextLong() & ~0xF000L | 0x4000L; // version 4
        long low = random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L; // the IETF variant
        return new UUID(high, low).toString();
    }
}
