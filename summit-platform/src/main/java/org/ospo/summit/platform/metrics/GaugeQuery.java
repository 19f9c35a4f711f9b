package org.ospo.summit.platform.metrics;

import java.util.List;

/**
 * A gauge read from the service's own database by {@link DatabaseGauges}: each row of {@code sql} is one time series,
 * its first column the value (a number), the next ones the values of {@code tags}, in order (as text). {@code $1}, when
 * the query names it, is the {@code SummitClock}'s now (what the service wrote its times with). A service declares its
 * gauges as CDI producers of this type.
 */
public record GaugeQuery(String name, String description, String sql, List<String> tags) {
    public GaugeQuery {
        tags = List.copyOf(tags);
    }

    /** a gauge with no tags: the query returns one row of one column */
    public static GaugeQuery single(String name, String description, String sql) {
        return new GaugeQuery(name, description, sql, List.of());
    }

    boolean usesNow() {
        return sql.contains("$1");
    }
}
