package org.ospo.summit.platform.http;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.ospo.summit.platform.config.PlatformSettings;

/**
 * Answers are compressed (gzip or deflate, as the client's Accept-Encoding asks; {@code quarkus.http.enable-compression}
 * for JSON, problems, calendars, CSV and pages) only above {@code summit.http.compression-threshold} bytes: below it,
 * the compressed body is hardly smaller and costs CPU on both ends, so the answer goes out as it is.
 */
@ApplicationScoped
public class CompressionThreshold {
    private final int threshold;

    public CompressionThreshold(PlatformSettings settings) {
        this.threshold = settings.http().compressionThreshold();
    }

    void install(@Observes Router router) {
        router.route().order(-1_001).handler(ctx -> {
            ctx.addHeadersEndHandler(v -> {
                String length = ctx.response().headers().get(HttpHeaders.CONTENT_LENGTH);
                if (length != null && Long.parseLong(length) < threshold) {
                    ctx.response().headers().set(HttpHeaders.CONTENT_ENCODING, HttpHeaders.IDENTITY);
                }
            });
            ctx.next();
        });
    }
}
