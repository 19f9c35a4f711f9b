package org.ospo.summit.contracts.security;

import java.util.regex.Pattern;

/**
 * What may be written to a log or a trace: a request path without the RSVP token it may carry
 * ({@code /api/rsvp/{token}/accept}), a URL without its query (where a search names a person). Neither log lines nor
 * spans ever carry a secret or personal data (docs/api.md).
 */
public final class Redaction {
    private static final Pattern RSVP_TOKEN = Pattern.compile("(/rsvp/)[^/?#]+");

    private Redaction() {}

    public static String path(String path) {
        return path == null ? null : RSVP_TOKEN.matcher(path).replaceAll("$1{token}");
    }

    /** a path or a full URL without token and without query or fragment */
    public static String url(String url) {
        if (url == null) {
            return null;
        }
        int end = url.length();
        for (char c : new char[] {'?', '#'}) {
            int at = url.indexOf(c);
            end = at >= 0 ? Math.min(end, at) : end;
        }
        return path(url.substring(0, end));
    }
}
