package org.ospo.summit.contracts.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The catalogue behind {@code /problems/<slug>}: one entry per slug, each with its page's text. */
class ProblemTypeTest {
    @Test
    void slugsAreUniqueAndUrlSafeAndEveryEntryExplainsItself() {
        assertEquals(
                ProblemType.values().length,
                Arrays.stream(ProblemType.values())
                        .map(ProblemType::slug)
                        .distinct()
                        .count());
        for (ProblemType type : ProblemType.values()) {
            assertTrue(type.slug().matches("[a-z]+(-[a-z]+)*"), type.slug());
            assertTrue(type.meaning().endsWith("."), type + " meaning");
            assertTrue(type.remedy().length() > 10, type + " remedy");
            assertEquals(Optional.of(type), ProblemType.byUri(type.uri()));
        }
    }

    @ParameterizedTest
    @CsvSource({
        "400,bad-request",
        "404,not-found",
        "405,method-not-allowed",
        "412,precondition-failed",
        "413,request-entity-too-large",
        "414,request-uri-too-long",
        "431,request-header-fields-too-large",
        "418,bad-request",
        "500,internal-server-error",
        "502,internal-server-error",
        "503,service-unavailable"
    })
    void aStatusTheFrameworkAnsweredHasAnEntry(int status, String slug) {
        assertEquals(slug, ProblemType.forStatus(status).slug());
    }

    @Test
    void problemsTakeTypeAndTitleFromTheEntry() {
        Problem problem = Problem.of(409, ProblemType.SESSION_FULL, "x");
        assertEquals("/problems/session-full", problem.getType());
        assertEquals("Session full", problem.getTitle());
        assertEquals(Optional.empty(), ProblemType.byUri("/problems/nothing-like-it"));
        assertEquals(Optional.empty(), ProblemType.byUri("https://example.org/problems/conflict"));
    }
}
