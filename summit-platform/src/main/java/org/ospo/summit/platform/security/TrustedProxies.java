package org.ospo.summit.platform.security;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The services believe {@code X-Forwarded-For} only from {@code SUMMIT_TRUSTED_PROXIES}, and every entry must be an
 * address or a CIDR range. Quarkus treats anything else as a host name and resolves it on every request with a DNS
 * client it never closes (one UDP socket leaked per request; a bare IPv6 address such as {@code ::1} is read as host
 * ":" and port 1, so it counts as a host name). Such an entry stops the start-up with the fix in the message.
 */
@Startup
@ApplicationScoped
public class TrustedProxies {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}(:\\d{1,5})?");
    private static final Pattern CIDR = Pattern.compile("[0-9A-Fa-f:.]+/\\d{1,3}");

    public TrustedProxies(@ConfigProperty(name = "quarkus.http.proxy.trusted-proxies") Optional<List<String>> entries) {
        entries.orElse(List.of()).stream()
                .map(String::trim)
                .filter(e -> !e.isEmpty())
                .filter(e -> !isAddress(e))
                .findFirst()
                .ifPresent(e -> {
                    throw new IllegalStateException("SUMMIT_TRUSTED_PROXIES: '" + e + "' is not an address or a CIDR "
                            + "range; list IPv4 addresses (10.0.0.7) or ranges (10.0.0.0/8), IPv6 as ranges (::1/128)");
                });
    }

    /** an IPv4 address (with an optional port), "localhost", or a CIDR range (IPv4 or IPv6) */
    static boolean isAddress(String entry) {
        return IPV4.matcher(entry).matches() || CIDR.matcher(entry).matches() || entry.equals("localhost");
    }
}
