package org.ospo.summit.platform.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/**
 * Installs {@link ProblemBodies} and {@link SpecConformance} before every {@code @QuarkusTest} method of every
 * module that uses this test-jar.
 */
public class ProblemBodiesCallback implements QuarkusTestBeforeEachCallback {
    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        ProblemBodies.install();
        SpecConformance.install();
    }
}
