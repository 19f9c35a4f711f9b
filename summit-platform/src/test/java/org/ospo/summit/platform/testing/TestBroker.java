package org.ospo.summit.platform.testing;

import java.io.File;
import java.util.concurrent.TimeUnit;

/**
 * Stops, starts and resets the project's test broker (infra/kafka/kafka.sh, instance "test"): for outage tests, and
 * for the system tests, which begin on an empty broker.
 */
public final class TestBroker {
    private TestBroker() {}

    public static void stop() {
        run("stop");
    }

    public static void start() {
        run("start");
    }

    /** A fresh, empty broker: stopped, its data deleted, started again (topics created as at first start). */
    public static void reset() {
        run("reset");
        run("start");
    }

    private static void run(String command) {
        File script = new File("../infra/kafka/kafka.sh");
        try {
            Process p = new ProcessBuilder("bash", script.getPath(), command, "test")
                    .inheritIO()
                    .start();
            if (!p.waitFor(180, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("kafka.sh " + command + " test failed");
            }
        } catch (Exception e) {
            throw new IllegalStateException("kafka.sh " + command + " test failed", e);
        }
    }
}
