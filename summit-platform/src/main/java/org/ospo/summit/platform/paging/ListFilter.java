package org.ospo.summit.platform.paging;

import io.quarkus.panache.common.Parameters;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A list's filter as a Panache query: conditions joined by {@code and}, each added only when the caller's value is
 * there (a filter parameter left out filters nothing). The one home of the free-text search ({@code q=}): a
 * case-insensitive "contains" over several fields, the text's own {@code %}, {@code _} and {@code \} matching
 * themselves (PostgreSQL's LIKE escapes with a backslash).
 */
public final class ListFilter {
    private final StringBuilder query;
    private final Parameters parameters = new Parameters();

    private ListFilter(String condition) {
        this.query = new StringBuilder(condition);
    }

    /** A filter starting from a condition that always holds, with its parameter. */
    public static ListFilter where(String condition, String name, Object value) {
        ListFilter filter = new ListFilter(condition);
        filter.parameters.and(name, value);
        return filter;
    }

    /** {@code condition} with {@code value} as {@code :name}, unless the value is null. */
    public ListFilter and(String condition, String name, Object value) {
        if (value != null) {
            query.append(" and ").append(condition);
            parameters.and(name, value);
        }
        return this;
    }

    /** {@code condition} as it is (no parameter). */
    public ListFilter and(String condition) {
        query.append(" and ").append(condition);
        return this;
    }

    /** Any of {@code fields} contains {@code text} (case-insensitive), unless the text is null or blank. */
    public ListFilter contains(List<String> fields, String text) {
        if (text == null || text.isBlank()) {
            return this;
        }
        query.append(" and (")
                .append(fields.stream().map(f -> "lower(" + f + ") like :q").collect(Collectors.joining(" or ")))
                .append(')');
        parameters.and("q", containsPattern(text));
        return this;
    }

    public String query() {
        return query.toString();
    }

    public Parameters parameters() {
        return parameters;
    }

    /** The LIKE pattern of "contains {@code text}", lower case, trimmed, with LIKE's own characters escaped. */
    static String containsPattern(String text) {
        String escaped = text.trim()
                .toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
