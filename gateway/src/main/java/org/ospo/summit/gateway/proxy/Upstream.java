package org.ospo.summit.gateway.proxy;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * One service behind the gateway and its instances (replicas), picked in turn (round robin). Passive health: an
 * instance that refused a connection is skipped for the cool-down, then tried again; while every instance is cooling
 * down the next in turn is tried anyway (a refusal costs a connect attempt, never a wrong answer). Nothing is probed.
 */
public final class Upstream {
    private final String name;
    private final List<Instance> instances;
    private final long cooldownNanos;
    private final LongSupplier nanoClock;
    private final AtomicInteger turn = new AtomicInteger();

    Upstream(String name, List<Instance> instances, Duration cooldown, LongSupplier nanoClock) {
        if (instances.isEmpty()) {
            throw new IllegalArgumentException("service " + name + " has no instance");
        }
        this.name = name;
        this.instances = List.copyOf(instances);
        this.cooldownNanos = cooldown.toNanos();
        this.nanoClock = nanoClock;
    }

    /** {@code urls}: one base URL or several, comma-separated (e.g. {@code http://10.0.0.5:8081,http://10.0.0.6:8081}) */
    public static Upstream of(String name, String urls, Duration cooldown) {
        return new Upstream(
                name,
                Arrays.stream(urls.split(","))
                        .map(String::trim)
                        .filter(u -> !u.isEmpty())
                        .map(Instance::of)
                        .toList(),
                cooldown,
                System::nanoTime);
    }

    public String name() {
        return name;
    }

    public List<Instance> instances() {
        return instances;
    }

    /** the next instance in turn that is not cooling down after a refusal (the next in turn if all are) */
    public Instance pick() {
        int start = Math.floorMod(turn.getAndIncrement(), instances.size());
        long now = nanoClock.getAsLong();
        for (int i = 0; i < instances.size(); i++) {
            Instance candidate = instances.get((start + i) % instances.size());
            if (candidate.available(now)) {
                return candidate;
            }
        }
        return instances.get(start);
    }

    /** the instance refused a connection: skip it for the cool-down */
    public void refused(Instance instance) {
        instance.downUntil = nanoClock.getAsLong() + cooldownNanos;
    }

    /** the instance answered: it is in the rotation again at once */
    public void answered(Instance instance) {
        instance.downUntil = Long.MIN_VALUE;
    }

    /** One replica of a service. */
    public static final class Instance {
        private final String host;
        private final int port;
        private final boolean ssl;
        private volatile long downUntil = Long.MIN_VALUE;

        Instance(String host, int port, boolean ssl) {
            this.host = host;
            this.port = port;
            this.ssl = ssl;
        }

        static Instance of(String url) {
            URI uri = URI.create(url);
            boolean ssl = "https".equals(uri.getScheme());
            return new Instance(uri.getHost(), uri.getPort() > 0 ? uri.getPort() : ssl ? 443 : 80, ssl);
        }

        public String host() {
            return host;
        }

        public int port() {
            return port;
        }

        public boolean ssl() {
            return ssl;
        }

        boolean available(long now) {
            return downUntil == Long.MIN_VALUE || now - downUntil >= 0;
        }

        @Override
        public String toString() {
            return host + ":" + port;
        }
    }
}
