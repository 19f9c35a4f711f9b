package org.ospo.summit.attendee;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** After the configured edit deadline, preparations are read-only (409). */
@QuarkusTest
@TestProfile(PreparationDeadlineTest.Closed.class)
class PreparationDeadlineTest {
    public static class Closed implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("summit.preparation.edit-deadline", "2020-01-01T00:00:00+08:00");
        }
    }

    @Test
    void editsAfterTheDeadlineAreAConflict() {
        UUID attendee = PreparationResourceTest.registered("Late Person");
        PreparationResourceTest.put(attendee, PreparationResourceTest.READY)
                .statusCode(409)
                .body("type", equalTo("/problems/preparation-closed"));
    }
}
