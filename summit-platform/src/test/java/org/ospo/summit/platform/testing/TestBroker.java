package org.ospo.summit.platform.testing;

import java.io.File;
import java.util.concurrent.TimeUnit;

/** Stops and starts the project's test broker (infra/kafka/kafka.sh, instance "test") for outage tests. */
public final class TestBroker {
    private TestBroker() {
    }

    public static void stop() {
        run("stop");
    }

    public static void start() {
        run("start");
    }

    private static void run(String command) {
        File script = new File("../infra/kafka/kafka.sh");
        try {
            Process p = new ProcessBuilder("bash", script.getPath(), command, "test").inheritIO().start();
            if (!p.waitFor(180, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("kafka.sh " + command + " test failed");
            }
        } catch (Exception e) {
            throw new IllegalStateException("kafka.sh " + command + " test failed", e);
        }
    }
}
