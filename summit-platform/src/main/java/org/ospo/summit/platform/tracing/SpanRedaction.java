package org.ospo.summit.platform.tracing;

import io.opentelemetry.sdk.trace.SpanProcessor;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.ospo.summit.contracts.security.RedactingSpans;

/** The services' spans carry no token and no query ({@link RedactingSpans}, added to the tracer as a bean). */
@Singleton
public class SpanRedaction {
    @Produces
    @Singleton
    SpanProcessor redactingSpans() {
        return new RedactingSpans();
    }
}
