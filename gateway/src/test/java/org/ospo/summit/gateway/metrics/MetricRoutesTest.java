package org.ospo.summit.gateway.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetricRoutesTest {
    static final MetricRoutes ROUTES = new MetricRoutes();

    @BeforeAll
    static void learnTheDocumentsPaths() {
        ROUTES.learn(List.of(
                "/api/agenda",
                "/api/agenda/me",
                "/api/agenda/{version}",
                "/api/sessions/{id}",
                "/api/sessions/{id}/registrations",
                "/api/rsvp/{token}",
                "/api/rsvp/{token}/accept",
                "/api/attendees/me",
                "/api/attendees/{id}",
                "/api/summit"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "/api/agenda|/api/agenda",
                "/api/agenda/me|/api/agenda/me",
                "/api/agenda/3|/api/agenda/{version}",
                "/api/attendees/me|/api/attendees/me",
                "/api/attendees/6f1c2a9e-1d1b-4c55-9d8e-0c0ffee00001|/api/attendees/{id}",
                "/api/sessions/42/registrations|/api/sessions/{id}/registrations",
                "/api/rsvp/secret-token/accept|/api/rsvp/{token}/accept",
                "/api/rsvp/secret-token|/api/rsvp/{token}",
                "/rsvp/secret-token|/rsvp/{token}",
                "/api/me/summit|/api/me/summit",
                "/api/summits/7/stats|/api/summits/{id}/stats",
                "/q/openapi|/q/openapi",
                "/q/swagger-ui/index.html|/q/swagger-ui/**",
                "/api/rsvp/secret-token/accept/more|/api/rsvp/**",
                "/api/sessions|/api/sessions/**",
                "/api/summit/extra|/api/summit/**",
                "/elsewhere|UNMATCHED",
                "/|UNMATCHED"
            })
    void aRequestIsLabelledWithItsTemplateNeverItsPath(String path, String label) {
        assertEquals(label, ROUTES.templateOf(path));
    }

    @Test
    void segmentsLeaveOutEmptyOnes() {
        assertArrayEquals(new String[] {"api", "rsvp", "t"}, MetricRoutes.segments("/api//rsvp/t/"));
        assertArrayEquals(new String[0], MetricRoutes.segments("/"));
        assertArrayEquals(new String[0], MetricRoutes.segments(""));
        assertArrayEquals(new String[] {"a"}, MetricRoutes.segments("a"));
    }
}
