package org.ospo.summit.gateway.security;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.ospo.summit.gateway.config.GatewayConfig;

/**
 * The browser-facing headers of every answer the gateway sends, set when the service did not set its own (the
 * invitation page brings a CSP with a per-response nonce): no sniffing, no framing, no referrer (the RSVP URL carries
 * the token), a CSP that allows nothing for JSON, and HSTS when the deployment serves HTTPS
 * ({@code summit.gateway.hsts-max-age}).
 */
@ApplicationScoped
public class SecurityHeaders {
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";
    static final String SWAGGER_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; "
            + "form-action 'self'";

    private final Optional<String> hsts;

    public SecurityHeaders(GatewayConfig config) {
        this.hsts = config.hstsMaxAge().map(age -> "max-age=" + age.toSeconds() + "; includeSubDomains");
    }

    public void add(RoutingContext ctx) {
        boolean swagger = ctx.normalizedPath().startsWith("/q/swagger-ui");
        ctx.addHeadersEndHandler(v -> {
            MultiMap headers = ctx.response().headers();
            setIfAbsent(headers, "X-Content-Type-Options", "nosniff");
            setIfAbsent(headers, "X-Frame-Options", "DENY");
            setIfAbsent(headers, "Referrer-Policy", "no-referrer");
            setIfAbsent(headers, "Content-Security-Policy", swagger ? SWAGGER_POLICY : API_POLICY);
            hsts.ifPresent(value -> setIfAbsent(headers, "Strict-Transport-Security", value));
        });
        ctx.next();
    }

    private static void setIfAbsent(MultiMap headers, String name, String value) {
        if (!headers.contains(name)) {
            headers.set(name, value);
        }
    }
}
