package org.ospo.summit.gateway.security;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ospo.summit.gateway.config.GatewayConfig;

/**
 * Who the client is, for rate limits and the {@code X-Forwarded-For} the services get. The connection's peer is the
 * client unless it is one of the configured trusted proxies (CIDRs, {@code summit.gateway.trusted-proxies}); only
 * then are {@code Forwarded} / {@code X-Forwarded-For} read, right to left, skipping trusted hops, and the first
 * untrusted address is the client. A client that is not a trusted proxy cannot pick its own address by sending
 * those headers.
 */
@ApplicationScoped
public class ClientAddress {
    static final String KEY = "summit.clientAddress";
    /** literal IPv4 or IPv6 only: never a name that would be looked up */
    private static final Pattern IPV4 =
            Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");

    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    private static final Pattern FORWARDED_FOR = Pattern.compile("(?i)(?:^|[;,\\s])for=\"?\\[?([^\\]\";,]+)");

    private final List<Cidr> trusted;

    @Inject
    public ClientAddress(GatewayConfig config) {
        this(config.trustedProxies().orElse(List.of()));
    }

    ClientAddress(List<String> trustedProxies) {
        this.trusted = trustedProxies.stream().map(Cidr::parse).toList();
    }

    public String of(RoutingContext ctx) {
        String cached = ctx.get(KEY);
        if (cached == null) {
            cached = resolve(ctx);
            ctx.put(KEY, cached);
        }
        return cached;
    }

    private String resolve(RoutingContext ctx) {
        String peer = ctx.request().remoteAddress() == null
                ? "unknown"
                : ctx.request().remoteAddress().host();
        return resolve(peer, ctx.request().getHeader("Forwarded"), ctx.request().getHeader("X-Forwarded-For"));
    }

    /** The client behind {@code peer}, given the request's {@code Forwarded} and {@code X-Forwarded-For}. */
    String resolve(String peer, String forwarded, String xff) {
        if (!isTrusted(peer)) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        if (forwarded != null) {
            var m = FORWARDED_FOR.matcher(forwarded);
            while (m.find()) {
                hops.add(m.group(1).trim());
            }
        } else if (xff != null) {
            for (String hop : xff.split(",")) {
                hops.add(hop.trim());
            }
        }
        String client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = literal(stripPort(hops.get(i)));
            if (hop.isEmpty()) {
                break; // garbage (or "unknown") from beyond the trusted proxies: stop at the last address we trust
            }
            client = hop.get().getHostAddress();
            if (!isTrusted(client)) {
                break;
            }
        }
        return client;
    }

    boolean isTrusted(String address) {
        if (trusted.isEmpty()) {
            return false;
        }
        return literal(address)
                .map(a -> trusted.stream().anyMatch(c -> c.contains(a)))
                .orElse(false);
    }

    private static String stripPort(String hop) {
        // 203.0.113.7:4711 → 203.0.113.7 (an IPv6 hop came without brackets or with its port after "]:")
        int colon = hop.indexOf(':');
        return colon > 0 && hop.indexOf(':', colon + 1) < 0 ? hop.substring(0, colon) : hop;
    }

    static Optional<InetAddress> literal(String text) {
        // an IPv6 literal (it has a colon, so Java never resolves it as a name) or a strict dotted quad
        if (text == null
                || text.length() > 45
                || !(IPV4.matcher(text).matches() || IPV6.matcher(text).matches())) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** an address block, e.g. 10.0.0.0/8 or fd00::/8; a bare address is a block of one */
    record Cidr(byte[] network, int bits) {
        static Cidr parse(String text) {
            String[] parts = text.trim().split("/", 2);
            InetAddress address = literal(parts[0])
                    .orElseThrow(() -> new IllegalArgumentException(
                            "summit.gateway.trusted-proxies: '" + text + "' is not an address or CIDR block"));
            int max = address.getAddress().length * 8;
            int bits = parts.length == 2 ? Integer.parseInt(parts[1]) : max;
            if (bits < 0 || bits > max) {
                throw new IllegalArgumentException(
                        "summit.gateway.trusted-proxies: bad prefix length in '" + text + "'");
            }
            return new Cidr(address.getAddress(), bits);
        }

        boolean contains(InetAddress address) {
            byte[] candidate = address.getAddress();
            if (candidate.length != network.length) {
                return false;
            }
            int full = bits / 8;
            for (int i = 0; i < full; i++) {
                if (candidate[i] != network[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (candidate[full] & mask) == (network[full] & mask);
        }
    }
}
