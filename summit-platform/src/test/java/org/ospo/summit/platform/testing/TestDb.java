package org.ospo.summit.platform.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/**
 * Plain JDBC into a test database (summit_*_test on the test PostgreSQL), for assertions on what a service stored
 * that its API does not show: inbox rows, outbox rows, erased columns. A {@code UUID[]} parameter becomes a uuid[]
 * (for {@code = any(?)}).
 */
public final class TestDb {
    private TestDb() {}

    public static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database), "summit", "summit");
    }

    /**
     * Flyway on a schema of its own in a test database, up to {@code target}, for a migration's test: migrate to the
     * version before it, write rows as they were, migrate on and compare. The locations as the service sets them
     * (quarkus.flyway.locations), e.g. {@code "db/platform", "db/migration"}.
     */
    public static Flyway flyway(String database, String schema, String target, String... locations) {
        return Flyway.configure()
                .dataSource(url(database), "summit", "summit")
                .schemas(schema)
                .defaultSchema(schema)
                .locations(Arrays.stream(locations).map(l -> "classpath:" + l).toArray(String[]::new))
                .outOfOrder(true)
                .cleanDisabled(false)
                .target(target)
                .load();
    }

    private static String url(String database) {
        return "jdbc:postgresql://" + System.getenv().getOrDefault("SUMMIT_DB_HOST", "127.0.0.1") + ":"
                + System.getenv().getOrDefault("SUMMIT_DB_PORT", "5432") + "/" + database;
    }

    /** The first column of the first row as a number (a count), 0 when there is no row. */
    public static long count(String database, String sql, Object... parameters) throws SQLException {
        String value = text(database, sql, parameters);
        return value == null ? 0 : Long.parseLong(value);
    }

    /** Runs an update; returns the rows it changed. */
    public static int execute(String database, String sql, Object... parameters) throws SQLException {
        try (Connection c = connect(database);
                PreparedStatement s = c.prepareStatement(sql)) {
            bind(c, s, parameters);
            return s.executeUpdate();
        }
    }

    /** The first column of the first row as text, null when there is no row. */
    public static String text(String database, String sql, Object... parameters) throws SQLException {
        try (Connection c = connect(database);
                PreparedStatement s = c.prepareStatement(sql)) {
            bind(c, s, parameters);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** The first column of every row as text. */
    public static List<String> column(String database, String sql, Object... parameters) throws SQLException {
        try (Connection c = connect(database);
                PreparedStatement s = c.prepareStatement(sql)) {
            bind(c, s, parameters);
            List<String> values = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        }
    }

    private static void bind(Connection c, PreparedStatement s, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object p = parameters[i];
            if (p instanceof UUID[] ids) {
                s.setArray(i + 1, c.createArrayOf("uuid", ids));
            } else {
                s.setObject(i + 1, p);
            }
        }
    }
}
