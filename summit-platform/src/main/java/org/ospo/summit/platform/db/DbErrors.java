package org.ospo.summit.platform.db;

import org.hibernate.JDBCException;

import io.vertx.pgclient.PgException;

/** Recognises database failures that are the client's doing, so services can answer 409 instead of 500. */
public final class DbErrors {
    private static final String UNIQUE_VIOLATION = "23505";
    /** character_not_in_repertoire (a NUL in text) and untranslatable_character */
    private static final java.util.Set<String> UNSTORABLE_TEXT = java.util.Set.of("22021", "22P05");

    private DbErrors() {
    }

    public static boolean isUniqueViolation(Throwable error) {
        return hasState(error, java.util.Set.of(UNIQUE_VIOLATION));
    }

    /** text the database cannot store: the client's input, never a server fault */
    public static boolean isUnstorableText(Throwable error) {
        return hasState(error, UNSTORABLE_TEXT);
    }

    private static boolean hasState(Throwable error, java.util.Set<String> states) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof PgException pg && states.contains(pg.getSqlState())) {
                return true;
            }
            if (t instanceof JDBCException jdbc && states.contains(jdbc.getSQLState())) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
