package org.ospo.summit.platform.testing;

import org.eclipse.microprofile.config.ConfigProvider;

/** Where the application under test serves health and metrics: its management interface, on a free port in tests. */
public final class Management {
    private Management() {}

    /** e.g. {@code http://localhost:40047}; use as RestAssured's baseUri for /q/health and /q/metrics */
    public static String baseUri() {
        return "http://localhost:" + ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
    }
}
