package org.ospo.summit.contracts.security;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import java.util.List;

/**
 * Spans carry route templates and ids, never a token or personal data: as each span starts, its URL attributes lose
 * the RSVP token ({@code /api/rsvp/{token}/accept}) and the query (a search names a person), by {@link Redaction}.
 * Each app produces one as a bean (Quarkus adds every SpanProcessor bean to its tracer): the services through
 * summit-platform, the gateway for its own.
 */
public final class RedactingSpans implements SpanProcessor {
    static final List<AttributeKey<String>> URLS = List.of(
            AttributeKey.stringKey("url.path"),
            AttributeKey.stringKey("url.full"),
            AttributeKey.stringKey("http.target"),
            AttributeKey.stringKey("http.url"));
    static final AttributeKey<String> QUERY = AttributeKey.stringKey("url.query");

    @Override
    public void onStart(Context parentContext, ReadWriteSpan span) {
        for (AttributeKey<String> key : URLS) {
            String value = span.getAttribute(key);
            if (value != null) {
                span.setAttribute(key, Redaction.url(value));
            }
        }
        if (span.getAttribute(QUERY) != null) {
            span.setAttribute(QUERY, "");
        }
        span.updateName(Redaction.url(span.getName()));
    }

    @Override
    public boolean isStartRequired() {
        return true;
    }

    @Override
    public void onEnd(ReadableSpan span) {}

    @Override
    public boolean isEndRequired() {
        return false;
    }
}
