package org.ospo.summit.contracts.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 9457 members are the problem's own: an extension may not reuse their names (the body would repeat a key). */
class ProblemTest {
    @ParameterizedTest
    @ValueSource(strings = {"type", "title", "status", "detail", "instance", "violations"})
    void reservedMembersAreNotExtensions(String name) {
        Problem problem = Problem.of(409, ProblemType.CONFLICT, "x");
        assertThrows(IllegalArgumentException.class, () -> problem.with(name, "REVOKED"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"invitationStatus", "requestId", "clashingSessionId"})
    void otherNamesAre(String name) {
        assertEquals(
                "v",
                Problem.of(409, ProblemType.CONFLICT, "x")
                        .with(name, "v")
                        .getExtensions()
                        .get(name));
    }
}
