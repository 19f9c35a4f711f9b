package org.ospo.summit.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.mutiny.CompositeException;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.net.ConnectException;
import java.net.SocketException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which failures mean "the database is away for a while" (503, retried) and which are the client's or ours. */
class DbErrorsTest {

    /** what NIO raises when PostgreSQL goes away while the client writes: no SocketException, the client's frames */
    private static java.io.IOException resetWhileWriting() {
        java.io.IOException reset = new java.io.IOException("Connection reset by peer");
        reset.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("sun.nio.ch.FileDispatcherImpl", "write0", null, -2),
            new StackTraceElement("io.vertx.pgclient.impl.codec.PgEncoder", "flush", "PgEncoder.java", 154)
        });
        return reset;
    }

    private static Exception parseFailureInACallback() {
        Exception parse = new com.fasterxml.jackson.core.JsonParseException(null, "Unexpected character");
        parse.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("com.fasterxml.jackson.core.JsonParser", "_constructError", null, 1),
            new StackTraceElement("io.vertx.sqlclient.impl.SqlClientBase", "lambda$run$0", null, 1)
        });
        return new RuntimeException("poison", parse);
    }

    private static PgException pg(String state, String message) {
        return new PgException(message, "FATAL", state, null);
    }

    static List<Arguments> failures() {
        return List.of(
                // what a PostgreSQL restart looks like from the reactive client, in the order it happens
                Arguments.of("terminating connection due to administrator command", pg("57P01", "terminating"), true),
                Arguments.of("the database system is shutting down", pg("57P03", "shutting down"), true),
                Arguments.of(
                        "connection reset while a transaction starts", new SocketException("Connection reset"), true),
                Arguments.of(
                        "connection refused (wrapped as the pool reports it)",
                        new IllegalStateException("pool", new ConnectException("Connection refused")),
                        true),
                Arguments.of("the connection closed under a query", ClosedConnectionException.INSTANCE, true),
                Arguments.of(
                        "the connection found closed when the next statement is sent",
                        new io.vertx.core.impl.NoStackTraceThrowable(
                                "Connection is not active now, current status: CLOSED"),
                        true),
                Arguments.of(
                        "another failure the client reports only in words",
                        new io.vertx.core.impl.NoStackTraceThrowable("Pool closed"),
                        false),
                Arguments.of("reset by peer while the client writes a query", resetWhileWriting(), true),
                Arguments.of(
                        "an I/O failure elsewhere (not the database's)", new java.io.IOException("disk full"), false),
                Arguments.of(
                        "unparseable JSON met inside a database callback (the event's fault)",
                        parseFailureInACallback(),
                        false),
                Arguments.of("connection failure class 08", pg("08006", "connection failure"), true),
                Arguments.of("too many connections", pg("53300", "too many clients"), true),
                Arguments.of(
                        "a reset among the failures Mutiny gathered (the failure and its rollback's)",
                        new CompositeException(
                                new IllegalStateException("HR000090: live transaction"),
                                new SocketException("Connection reset")),
                        true),
                // not unavailability: retrying the same thing would fail the same way
                Arguments.of("a unique violation", pg("23505", "duplicate key"), false),
                Arguments.of("a syntax error", pg("42601", "syntax error"), false),
                Arguments.of("a bug of ours", new NullPointerException(), false),
                Arguments.of("nothing", null, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void unavailable(String what, Throwable failure, boolean unavailable) {
        assertEquals(unavailable, DbErrors.isUnavailable(failure), what);
    }

    static List<Arguments> clientMistakes() {
        return List.of(
                Arguments.of(pg("23505", "duplicate key"), true, false),
                Arguments.of(new RuntimeException("wrapped", pg("22021", "invalid byte sequence")), false, true),
                Arguments.of(
                        new CompositeException(new RuntimeException("first"), pg("22P05", "untranslatable")),
                        false,
                        true),
                Arguments.of(pg("57P01", "terminating"), false, false));
    }

    @ParameterizedTest
    @MethodSource("clientMistakes")
    void clientMistakesAreRecognisedThroughWrappers(Throwable failure, boolean duplicate, boolean unstorable) {
        assertEquals(duplicate, DbErrors.isUniqueViolation(failure));
        assertEquals(unstorable, DbErrors.isUnstorableText(failure));
    }
}
