package org.ospo.summit.platform.problem;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import org.ospo.summit.platform.config.PlatformSettings;

/**
 * Absolute URLs the suite hands out ({@code Location}, links in mails) are built from the deployment's public URL
 * ({@code summit.public-url}), never from the request's {@code Host} or forwarding headers, which a client chooses.
 */
@ApplicationScoped
public class PublicUrls {
    private final String base;

    public PublicUrls(PlatformSettings settings) {
        String base = settings.publicUrl();
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** the site's own address, without a trailing slash */
    public String base() {
        return base;
    }

    /** e.g. {@code location("/api/rooms/" + id)} → {@code https://summit.example.org/api/rooms/…} */
    public URI location(String path) {
        return URI.create(base + path);
    }
}
