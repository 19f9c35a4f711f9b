package org.ospo.summit.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CanonicalPathTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "/|/",
                "''|/",
                "/api/agenda|/api/agenda",
                "/api/sessions/6f1c2a9e-1d1b-4c55-9d8e-0c0ffee00001|/api/sessions/6f1c2a9e-1d1b-4c55-9d8e-0c0ffee00001",
                "/api/auth/login/|/api/auth/login",
                "/api/auth/login;x=1|/api/auth/login",
                "/api//auth///login|/api/auth/login",
                "/api/auth;a=b/login;c=d/|/api/auth/login",
                "//|/",
                "/;x|/",
                "api/agenda|/api/agenda",
                "/api/agenda.ics|/api/agenda.ics"
            })
    void oneSpellingPerPath(String normalized, String canonical) {
        assertEquals(canonical, CanonicalPath.canonical(normalized));
    }

    @ParameterizedTest(name = "{0} is owned by {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "/api/rsvp/abc/accept|/api/rsvp",
                "/api/rsvp|/api/rsvp",
                "/api/summit|/api/summit",
                "/api/summits/1/stats|/api/summits",
                "/api/agenda.ics|/api/agenda",
                "/api/agenda/me|/api/agenda",
                "/rsvp/abc|/rsvp",
                "/api/rsvpx|",
                "/api/summitx/1|",
                "/api|",
                "/q/openapi|"
            })
    void aPrefixOwnsWholeSegments(String path, String prefix) {
        assertEquals(Optional.ofNullable(prefix), RouteTable.owningPrefix(path));
    }
}
