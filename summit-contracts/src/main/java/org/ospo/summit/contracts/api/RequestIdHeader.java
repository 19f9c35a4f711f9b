package org.ospo.summit.contracts.api;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * {@code X-Request-Id}: one id per request, made (or kept) by the gateway, forwarded to the service, echoed in the
 * answer and written as {@code requestId} into every problem, so a user's report and the logs meet.
 */
public final class RequestIdHeader {
    public static final String NAME = "X-Request-Id";
    /** the problem member that carries it */
    public static final String MEMBER = "requestId";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private RequestIdHeader() {
    }

    /** the id the request brought, when it is a sane one, or a new one */
    public static String keepOrMake(String given) {
        return given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
    }
}
