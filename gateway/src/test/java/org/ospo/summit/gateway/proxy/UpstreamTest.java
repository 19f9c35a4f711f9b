package org.ospo.summit.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Round robin over a service's replicas, with an instance that refused a connection sitting out its cool-down. */
class UpstreamTest {
    private final AtomicLong nanos = new AtomicLong(1_000);
    private final Upstream upstream = new Upstream(
            "invitation",
            List.of(
                    new Upstream.Instance("a", 1, false),
                    new Upstream.Instance("b", 2, false),
                    new Upstream.Instance("c", 3, false)),
            Duration.ofSeconds(5),
            nanos::get);

    private List<String> picks(int n) {
        List<String> hosts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            hosts.add(upstream.pick().host());
        }
        return hosts;
    }

    private Upstream.Instance instance(String host) {
        return upstream.instances().stream()
                .filter(i -> i.host().equals(host))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void everyInstanceInTurn() {
        assertEquals(List.of("a", "b", "c", "a", "b", "c"), picks(6));
    }

    @Test
    void anInstanceThatRefusedSitsOutItsCoolDownThenComesBack() {
        upstream.refused(instance("b"));
        assertEquals(List.of("a", "c", "c", "a", "c", "c"), picks(6));
        nanos.addAndGet(Duration.ofSeconds(5).toNanos());
        assertEquals(List.of("a", "b", "c"), picks(3));
    }

    @Test
    void anAnswerPutsItBackAtOnce() {
        upstream.refused(instance("a"));
        upstream.answered(instance("a"));
        assertEquals(List.of("a", "b", "c"), picks(3));
    }

    @Test
    void whenAllRefusedTheNextInTurnIsTriedAnyway() {
        upstream.refused(instance("a"));
        upstream.refused(instance("b"));
        upstream.refused(instance("c"));
        assertEquals(List.of("a", "b", "c", "a"), picks(4));
    }

    @Test
    void oneOrSeveralBaseUrls() {
        Upstream one = Upstream.of("agenda", "http://127.0.0.1:8083", Duration.ofSeconds(5));
        assertEquals("127.0.0.1:8083", one.pick().toString());
        Upstream two = Upstream.of("agenda", "http://10.0.0.5:8083, https://10.0.0.6", Duration.ofSeconds(5));
        assertEquals(2, two.instances().size());
        assertEquals(443, two.instances().get(1).port());
        assertEquals(true, two.instances().get(1).ssl());
    }
}
