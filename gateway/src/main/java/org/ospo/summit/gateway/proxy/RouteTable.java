package org.ospo.summit.gateway.proxy;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.ospo.summit.gateway.config.GatewayConfig;

/** Which service owns a path (docs/api.md lists them). A prefix matches whole segments ("/api/agenda.ics" too). */
@ApplicationScoped
public class RouteTable {
    static final Map<String, String> PREFIXES = new LinkedHashMap<>();

    static {
        PREFIXES.put("/api/auth", "invitation");
        PREFIXES.put("/api/summit", "invitation");
        PREFIXES.put("/api/summits", "invitation");
        PREFIXES.put("/api/invitations", "invitation");
        PREFIXES.put("/api/rsvp", "invitation");
        PREFIXES.put("/api/referrals", "invitation");
        PREFIXES.put("/api/staff", "invitation");
        PREFIXES.put("/rsvp", "invitation");
        PREFIXES.put("/api/attendees", "attendee");
        PREFIXES.put("/api/checkin", "attendee");
        PREFIXES.put("/api/checkins", "attendee");
        PREFIXES.put("/api/introductions", "attendee");
        PREFIXES.put("/api/next-year", "attendee");
        PREFIXES.put("/api/agenda", "agenda");
        PREFIXES.put("/api/rooms", "agenda");
        PREFIXES.put("/api/sessions", "agenda");
        PREFIXES.put("/api/feedback", "agenda");
    }

    private final Map<String, Upstream> upstreams = new LinkedHashMap<>();

    public RouteTable(GatewayConfig config) {
        config.services()
                .forEach((name, urls) -> upstreams.put(name, Upstream.of(name, urls, config.instanceCooldown())));
    }

    public Optional<Upstream> resolve(String path) {
        return owningPrefix(path).map(PREFIXES::get).map(upstreams::get);
    }

    /** The route prefix that owns a (canonical) path, e.g. {@code /api/rsvp} for {@code /api/rsvp/abc/accept}. */
    public static Optional<String> owningPrefix(String path) {
        for (String prefix : PREFIXES.keySet()) {
            if (path.startsWith(prefix)
                    && (path.length() == prefix.length()
                            || path.charAt(prefix.length()) == '/'
                            || path.charAt(prefix.length()) == '.')) {
                return Optional.of(prefix);
            }
        }
        return Optional.empty();
    }

    public Map<String, Upstream> upstreams() {
        return upstreams;
    }
}
