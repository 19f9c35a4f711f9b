package org.ospo.summit.platform.db;

import io.vertx.pgclient.PgException;
import org.hibernate.JDBCException;

/**
 * Recognises database failures by what they mean for the caller: the client's doing (a duplicate, text that cannot be
 * stored: 4xx, never 500) or the database being away for a while (restarting, unreachable: 503 with Retry-After for
 * a request, retried without end for an event), as opposed to a fault of ours.
 */
public final class DbErrors {
    private static final String UNIQUE_VIOLATION = "23505";
    /**
     * admin_shutdown (a restart closed the connection), crash_shutdown, cannot_connect_now (starting or shutting
     * down), too_many_connections; the whole class 08 (connection exception) counts as well
     */
    private static final java.util.Set<String> UNAVAILABLE = java.util.Set.of("57P01", "57P02", "57P03", "53300");
    /** character_not_in_repertoire (a NUL in text) and untranslatable_character */
    private static final java.util.Set<String> UNSTORABLE_TEXT = java.util.Set.of("22021", "22P05");

    private DbErrors() {}

    public static boolean isUniqueViolation(Throwable error) {
        return hasState(error, java.util.Set.of(UNIQUE_VIOLATION));
    }

    /** the database refused with this SQLSTATE (one a trigger of ours raises, say) */
    public static boolean hasSqlState(Throwable error, String sqlState) {
        return hasState(error, java.util.Set.of(sqlState));
    }

    /** text the database cannot store: the client's input, never a server fault */
    public static boolean isUnstorableText(Throwable error) {
        return hasState(error, UNSTORABLE_TEXT);
    }

    /**
     * The database cannot be reached or is restarting: the connection was refused, reset or closed under us, or the
     * server said it is shutting down or starting. Such a failure passes once it is back; the request or event that
     * met it is worth repeating as it was.
     */
    public static boolean isUnavailable(Throwable error) {
        return anyCause(
                error,
                t -> t instanceof java.net.ConnectException
                        || t instanceof java.net.SocketException
                        || t instanceof io.vertx.sqlclient.ClosedConnectionException
                        || resetUnderTheClient(t)
                        || closedBeforeSending(t)
                        || t instanceof PgException pg
                                && pg.getSqlState() != null
                                && (pg.getSqlState().startsWith("08") || UNAVAILABLE.contains(pg.getSqlState())));
    }

    /**
     * a plain {@code IOException} ("Connection reset by peer") raised by the socket while the PostgreSQL client wrote
     * to it: the server went away mid-conversation (NIO reports it without a SocketException). Only that exact class,
     * thrown by the socket layer under the client's frames: a JSON parse failure (an IOException too) met inside a
     * database callback is the event's fault, not the database's.
     */
    private static boolean resetUnderTheClient(Throwable t) {
        StackTraceElement[] frames = t.getStackTrace();
        return t.getClass() == java.io.IOException.class
                && frames.length > 0
                && frames[0].getClassName().startsWith("sun.nio.ch.")
                && java.util.Arrays.stream(frames)
                        .anyMatch(frame -> frame.getClassName().startsWith("io.vertx.pgclient.")
                                || frame.getClassName().startsWith("io.vertx.sqlclient."));
    }

    /**
     * the client found its connection already closed when it came to send (a restart closed it between two statements
     * of a transaction): the Vert.x SQL client says so only in words, as a {@code NoStackTraceThrowable}
     */
    private static boolean closedBeforeSending(Throwable t) {
        return t instanceof io.vertx.core.impl.NoStackTraceThrowable
                && t.getMessage() != null
                && t.getMessage().startsWith("Connection is not active now");
    }

    /** every cause in the chain, and every one a Mutiny CompositeException gathered (a failure and its rollback's) */
    private static boolean anyCause(Throwable error, java.util.function.Predicate<Throwable> test) {
        java.util.Deque<Throwable> todo = new java.util.ArrayDeque<>();
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        if (error != null) {
            todo.add(error);
        }
        while (!todo.isEmpty()) {
            Throwable t = todo.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (test.test(t)) {
                return true;
            }
            if (t instanceof io.smallrye.mutiny.CompositeException composite) {
                todo.addAll(composite.getCauses());
            }
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
        }
        return false;
    }

    private static boolean hasState(Throwable error, java.util.Set<String> states) {
        return anyCause(
                error,
                t -> t instanceof PgException pg && states.contains(pg.getSqlState())
                        || t instanceof JDBCException jdbc && states.contains(jdbc.getSQLState()));
    }
}
