package org.ospo.summit.gateway.metrics;

import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.ospo.summit.gateway.proxy.CanonicalPath;
import org.ospo.summit.gateway.proxy.RouteTable;

/**
 * The {@code uri} label of the gateway's HTTP metrics: the route template a request matches
 * ({@code /api/rsvp/{token}/accept}), never its raw path, so no token or id ever becomes a label. Templates come from
 * the suite's OpenAPI document (refreshed with it) plus the HTML invitation page; a path no template matches is
 * labelled with the prefix of the service that owns it ({@code /api/rsvp/**}) or {@code UNMATCHED} — a bounded set
 * of values whatever a client sends.
 */
@ApplicationScoped
public class MetricRoutes {
    /** the context-local key Quarkus' Micrometer binder reads the route template from */
    static final String TEMPLATE_KEY = "UrlPathTemplate";

    private static final String ROUTE_KEY = "summit.routeTemplate";
    private static final List<String> OWN =
            List.of("/rsvp/{token}", "/api/me/summit", "/api/summits/{id}/stats", "/q/openapi");

    private volatile List<List<Template>> templates = compile(OWN);

    /** Replaces the known templates with the paths of the suite's OpenAPI document (and the gateway's own). */
    public void learn(Collection<String> openApiPaths) {
        List<String> all = new ArrayList<>(OWN);
        all.addAll(openApiPaths);
        templates = compile(all);
    }

    /** Route handler: labels the request, then passes it on. */
    public void label(RoutingContext ctx) {
        String template = templateOf(CanonicalPath.of(ctx));
        ctx.put(ROUTE_KEY, template);
        if (ctx.request() instanceof HttpServerRequestInternal internal) {
            internal.context().putLocal(TEMPLATE_KEY, template);
        }
        ctx.next();
    }

    /** The route template of a labelled request: what log lines name instead of the raw path. */
    public static String routeOf(RoutingContext ctx) {
        String template = ctx.get(ROUTE_KEY);
        return template == null ? "UNMATCHED" : template;
    }

    public String templateOf(String canonicalPath) {
        String[] segments = segments(canonicalPath);
        List<Template> candidates = segments.length < templates.size() ? templates.get(segments.length) : List.of();
        for (Template t : candidates) {
            if (t.matches(segments)) {
                return t.text;
            }
        }
        if (canonicalPath.startsWith("/q/swagger-ui")) {
            return "/q/swagger-ui/**";
        }
        return RouteTable.owningPrefix(canonicalPath)
                .map(prefix -> prefix + "/**")
                .orElse("UNMATCHED");
    }

    /**
     * The templates by number of segments (the index); each list with the most literal segments first, so
     * {@code /api/agenda/me} beats {@code /api/agenda/{version}}.
     */
    private static List<List<Template>> compile(Collection<String> paths) {
        List<Template> all = paths.stream()
                .distinct()
                .map(Template::new)
                .sorted(Comparator.comparingInt((Template t) -> t.literals).reversed())
                .toList();
        int longest = all.stream().mapToInt(t -> t.segments.length).max().orElse(0);
        List<List<Template>> bySegments = new ArrayList<>();
        for (int n = 0; n <= longest; n++) {
            int count = n;
            bySegments.add(all.stream().filter(t -> t.segments.length == count).toList());
        }
        return List.copyOf(bySegments);
    }

    /** the non-empty segments of a path, without a regular expression or a stream (this runs for every request) */
    static String[] segments(String path) {
        List<String> segments = new ArrayList<>(8);
        int start = 0;
        for (int i = 0; i <= path.length(); i++) {
            if (i == path.length() || path.charAt(i) == '/') {
                if (i > start) {
                    segments.add(path.substring(start, i));
                }
                start = i + 1;
            }
        }
        return segments.toArray(String[]::new);
    }

    private static final class Template {
        final String text;
        final String[] segments;
        final int literals;

        Template(String text) {
            this.text = text;
            this.segments = segments(text);
            this.literals =
                    (int) Arrays.stream(segments).filter(s -> !isParameter(s)).count();
        }

        boolean matches(String[] path) {
            if (path.length != segments.length) {
                return false;
            }
            for (int i = 0; i < path.length; i++) {
                if (!isParameter(segments[i]) && !segments[i].equals(path[i])) {
                    return false;
                }
            }
            return true;
        }

        private static boolean isParameter(String segment) {
            return segment.startsWith("{") && segment.endsWith("}");
        }
    }
}
