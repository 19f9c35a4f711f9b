package org.ospo.summit.gateway.proxy;

import io.vertx.ext.web.RoutingContext;
import java.util.StringJoiner;

/**
 * The path a request will actually reach, in one spelling: Vert.x's normalised path (dot segments resolved,
 * unreserved escapes decoded) without matrix parameters ({@code ;x=1}), empty segments or a trailing slash — the
 * variants the services' router ignores anyway. Routing, rate limits, metrics and the forwarded request all use
 * this form, so {@code /api/auth/login/} or {@code /api/auth/login;x=1} cannot slip past a limit on
 * {@code /api/auth/login}.
 */
public final class CanonicalPath {
    static final String KEY = "summit.canonicalPath";

    private CanonicalPath() {}

    public static String of(RoutingContext ctx) {
        String cached = ctx.get(KEY);
        if (cached == null) {
            cached = canonical(ctx.normalizedPath());
            ctx.put(KEY, cached);
        }
        return cached;
    }

    static String canonical(String normalized) {
        if (alreadyCanonical(normalized)) {
            return normalized; // most requests: nothing to take away, nothing to copy
        }
        StringJoiner path = new StringJoiner("/", "/", "");
        for (String segment : normalized.split("/")) {
            int matrix = segment.indexOf(';');
            String bare = matrix < 0 ? segment : segment.substring(0, matrix);
            if (!bare.isEmpty()) {
                path.add(bare);
            }
        }
        return path.toString();
    }

    private static boolean alreadyCanonical(String path) {
        if (path.isEmpty() || path.charAt(0) != '/') {
            return false;
        }
        if (path.length() == 1) {
            return true;
        }
        if (path.charAt(path.length() - 1) == '/') {
            return false;
        }
        for (int i = 1; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == ';' || c == '/' && path.charAt(i - 1) == '/') {
                return false;
            }
        }
        return true;
    }

    /** The canonical path with the request's query, as forwarded to the service. */
    public static String uri(RoutingContext ctx) {
        String query = ctx.request().query();
        return query == null ? of(ctx) : of(ctx) + "?" + query;
    }
}
