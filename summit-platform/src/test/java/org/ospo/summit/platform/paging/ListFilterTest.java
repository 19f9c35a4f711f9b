package org.ospo.summit.platform.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The list filter's query and parameters, and the search text made a LIKE pattern: no database, no Quarkus. */
class ListFilterTest {

    @ParameterizedTest(name = "[{0}] → [{1}]")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "Example | %example%",
                "\"  王芳 \" | %王芳%",
                "50% | %50\\%%",
                "a_b | %a\\_b%",
                "C:\\ | %c:\\\\%",
            })
    void theSearchTextMatchesItselfOnly(String text, String pattern) {
        assertEquals(pattern, ListFilter.containsPattern(text));
    }

    @Test
    void conditionsWithoutAValueFilterNothing() {
        ListFilter filter = ListFilter.where("summitId = :summit", "summit", 3)
                .and("status = :status", "status", null)
                .and("readiness = :readiness", "readiness", "READY")
                .contains(List.of("fullName", "email"), "  ");

        assertEquals("summitId = :summit and readiness = :readiness", filter.query());
        assertEquals(
                Map.of("summit", 3, "readiness", "READY"), filter.parameters().map());
    }

    @Test
    void theSearchLooksInEveryField() {
        ListFilter filter = ListFilter.where("summitId = :summit", "summit", 3)
                .and("fullName is not null")
                .contains(List.of("fullName", "email", "company"), "Ex");

        assertEquals(
                "summitId = :summit and fullName is not null and (lower(fullName) like :q or lower(email) like :q "
                        + "or lower(company) like :q)",
                filter.query());
        assertEquals("%ex%", filter.parameters().map().get("q"));
    }
}
