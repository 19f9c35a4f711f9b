package org.ospo.summit.platform.security;

import java.util.regex.Pattern;

/**
 * What may be written to a log: a request path without the RSVP token it may carry ({@code /api/rsvp/{token}/accept}).
 * Log lines never carry a secret (docs/api.md).
 */
public final class Redaction {
    private static final Pattern RSVP_TOKEN = Pattern.compile("(/rsvp/)[^/?#]+");

    private Redaction() {}

    public static String path(String path) {
        return path == null ? null : RSVP_TOKEN.matcher(path).replaceAll("$1{token}");
    }
}
