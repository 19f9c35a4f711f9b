package org.ospo.summit.gateway.tracing;

import io.opentelemetry.sdk.trace.SpanProcessor;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.ospo.summit.contracts.security.RedactingSpans;

/** The gateway's spans (the request it received, the one it sent on) carry no token and no query ({@link RedactingSpans}, added to the tracer as a bean). */
@Singleton
public class SpanRedaction {
    @Produces
    @Singleton
    SpanProcessor redactingSpans() {
        return new RedactingSpans();
    }
}
