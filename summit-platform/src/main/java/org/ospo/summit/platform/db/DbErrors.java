package org.ospo.summit.platform.db;

import org.hibernate.JDBCException;

import io.vertx.pgclient.PgException;

/** Recognises database failures that are the client's doing, so services can answer 409 instead of 500. */
public final class DbErrors {
    private static final String UNIQUE_VIOLATION = "23505";

    private DbErrors() {
    }

    public static boolean isUniqueViolation(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof PgException pg && UNIQUE_VIOLATION.equals(pg.getSqlState())) {
                return true;
            }
            if (t instanceof JDBCException jdbc && UNIQUE_VIOLATION.equals(jdbc.getSQLState())) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
