package org.ospo.summit.contracts.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What {@link Redaction} leaves of a path or a URL, one row per case. */
class RedactionTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                "/api/rsvp/Zm9vYmFy/accept | /api/rsvp/{token}/accept | /api/rsvp/{token}/accept",
                "/rsvp/Zm9vYmFy | /rsvp/{token} | /rsvp/{token}",
                "/api/invitations?q=li.lei@example.com | /api/invitations?q=li.lei@example.com | /api/invitations",
                "http://127.0.0.1:8081/api/rsvp/abc?x=1#f | http://127.0.0.1:8081/api/rsvp/{token}?x=1#f | "
                        + "http://127.0.0.1:8081/api/rsvp/{token}",
                "/api/agenda#today | /api/agenda#today | /api/agenda",
                "/api/summits/1/stats | /api/summits/1/stats | /api/summits/1/stats",
                "null | null | null"
            })
    void redacts(String given, String path, String url) {
        assertEquals(path, Redaction.path(given), "path");
        assertEquals(url, Redaction.url(given), "url");
    }
}
