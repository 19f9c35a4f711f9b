package org.ospo.summit.platform.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.utils.AppInfoParser;
import org.junit.jupiter.api.Test;

/**
 * The Kafka version is defined once, in infra/kafka/pom.xml (the broker the local run and the tests start). The two
 * places that cannot read a Maven property must agree with it: the kafka-clients the Quarkus BOM pins (what every
 * service talks with) and the broker image docker-compose.yml runs.
 */
class KafkaVersionTest {
    /** the repository's root, from this module's directory (where the build runs its tests) */
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    private static String only(Pattern pattern, Path file) throws IOException {
        Matcher matcher = pattern.matcher(Files.readString(file));
        assertEquals(true, matcher.find(), pattern + " in " + file);
        String found = matcher.group(1);
        assertEquals(false, matcher.find(), "one " + pattern + " in " + file);
        return found;
    }

    private static String broker() throws IOException {
        return only(Pattern.compile("<kafka\\.version>([^<]+)</kafka\\.version>"), ROOT.resolve("infra/kafka/pom.xml"));
    }

    @Test
    void theBrokerIsTheVersionOfTheClientsTheServicesUse() throws IOException {
        assertEquals(AppInfoParser.getVersion(), broker());
    }

    @Test
    void composeRunsTheSameBroker() throws IOException {
        assertEquals(broker(), only(Pattern.compile("image: apache/kafka:(\\S+)"), ROOT.resolve("docker-compose.yml")));
    }

    @Test
    void noOtherPomDefinesIt() throws IOException {
        assertEquals(false, Files.readString(ROOT.resolve("pom.xml")).contains("<kafka.version>"));
    }
}
