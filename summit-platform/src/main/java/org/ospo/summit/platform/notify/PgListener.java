package org.ospo.summit.platform.notify;

import io.vertx.core.Vertx;
import io.vertx.mutiny.pgclient.PgConnection;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * One connection of the pool that LISTENs on some PostgreSQL channels and hands each notification (its payload) to
 * the channel's handler. PostgreSQL delivers a notification when the transaction that sent it commits, in commit
 * order. A lost connection (the database restarting, the backend terminated) calls {@code lost} and is opened again
 * after {@code retry}; {@code connected} runs each time LISTEN succeeded, so a user can catch up on what it missed.
 * <p>
 * Notifications can also stop silently: a connection that a network dropped without closing, or a pooler in
 * transaction mode (PgBouncer), where LISTEN answers but nothing is ever delivered. So the listener also LISTENs on
 * a channel of its own and, every {@code heartbeat}, sends itself a notification there on its own connection. When
 * none has come back for two heartbeats it calls {@code lost}, and {@code connected} once one does again. A user that serves from memory while the listener is up is therefore never staler than three
 * heartbeats, whatever goes wrong, and one notification's delivery (milliseconds) when nothing does.
 */
public final class PgListener {
    private static final Logger LOG = Logger.getLogger(PgListener.class);

    private final String name;
    private final Pool pool;
    private final Vertx vertx;
    private final Duration retry;
    private final Duration heartbeat;
    private final Map<String, Consumer<String>> channels;
    /** this listener's own channel, which its heartbeat notifies */
    private final String heartbeatChannel =
            "summit_heartbeat_" + UUID.randomUUID().toString().replace("-", "");
    /** LISTEN for every channel, the heartbeat's last */
    private final String statements;
    /** the same again (harmless; it keeps naming the channels in pg_stat_activity), then NOTIFY the heartbeat */
    private final String heartbeatStatements;
    /** when the last heartbeat came back (System.nanoTime) */
    private volatile long heardAt;
    /** listening, but the heartbeat stopped coming back: {@code lost} was called */
    private volatile boolean silent;

    private final Runnable connected;
    private final Runnable lost;
    private volatile SqlConnection listening;
    private volatile boolean stopped;
    private volatile long heartbeatTimer = -1;
    /** said once per outage, not once a second */
    private volatile boolean saidAway;

    /**
     * @param channels channel name → handler of a notification's payload (names are identifiers of the project's
     *     own, never input)
     */
    public PgListener(
            String name,
            Pool pool,
            Vertx vertx,
            Duration retry,
            Duration heartbeat,
            Map<String, Consumer<String>> channels,
            Runnable connected,
            Runnable lost) {
        this.name = name;
        this.pool = pool;
        this.vertx = vertx;
        this.retry = retry;
        this.heartbeat = heartbeat;
        this.channels = Map.copyOf(channels);
        this.statements = String.join(
                "; ",
                Stream.concat(this.channels.keySet().stream().sorted(), Stream.of(heartbeatChannel))
                        .map(c -> "LISTEN " + c)
                        .toList());
        this.heartbeatStatements = statements + "; NOTIFY " + heartbeatChannel;
        this.connected = connected;
        this.lost = lost;
    }

    public void start() {
        listen();
        heartbeatTimer = vertx.setPeriodic(heartbeat.toMillis(), id -> checkAlive());
    }

    public void stop() {
        stopped = true;
        if (heartbeatTimer >= 0) {
            vertx.cancelTimer(heartbeatTimer);
        }
        SqlConnection connection = listening;
        if (connection != null) {
            connection.closeAndForget();
        }
    }

    private void listen() {
        if (stopped) {
            return;
        }
        pool.getConnection()
                .subscribe()
                .with(
                        connection -> {
                            PgConnection pg = PgConnection.cast(connection);
                            pg.notificationHandler(notification -> {
                                if (listening != connection) {
                                    return; // a connection that failed to LISTEN went back to the pool
                                }
                                if (heartbeatChannel.equals(notification.getChannel())) {
                                    heardAt = System.nanoTime();
                                    if (silent) {
                                        silent = false;
                                        LOG.infof("%s listener hears its heartbeat again", name);
                                        connected.run();
                                    }
                                    return;
                                }
                                Consumer<String> handler = channels.get(notification.getChannel());
                                if (handler != null) {
                                    handler.accept(notification.getPayload());
                                }
                            });
                            pg.closeHandler(() -> {
                                if (listening == connection) {
                                    listening = null;
                                    if (!silent) {
                                        lost.run();
                                    }
                                    silent = false;
                                    if (!stopped) {
                                        LOG.infof(
                                                "%s listener lost its connection; opening another in %s", name, retry);
                                        later();
                                    }
                                }
                            });
                            connection
                                    .query(statements)
                                    .execute()
                                    .subscribe()
                                    .with(
                                            rows -> {
                                                heardAt = System.nanoTime();
                                                listening = connection;
                                                saidAway = false;
                                                connected.run();
                                            },
                                            failure -> {
                                                LOG.warnf("%s listener could not LISTEN: %s", name, failure.toString());
                                                connection.closeAndForget();
                                                later();
                                            });
                        },
                        failure -> {
                            if (!saidAway) {
                                saidAway = true;
                                LOG.warnf("%s listener has no connection (%s); retrying", name, failure.toString());
                            }
                            later();
                        });
    }

    private void checkAlive() {
        SqlConnection connection = listening;
        if (connection == null || stopped) {
            return;
        }
        if (!silent && System.nanoTime() - heardAt > 2 * heartbeat.toNanos()) {
            silent = true;
            LOG.warnf(
                    "%s listener heard nothing of its heartbeat for %s; it counts as lost until it does",
                    name, heartbeat.multipliedBy(2));
            lost.run();
        }
        // on its own connection (a session hears its own notifications): no pool connection needed, and a connection
        // that went silently away, or a pooler that hands the statements to another server connection, never answers
        connection
                .query(heartbeatStatements)
                .execute()
                .subscribe()
                .with(
                        rows -> {},
                        failure -> LOG.debugf("%s listener's heartbeat not sent: %s", name, failure.toString()));
    }

    private void later() {
        if (!stopped) {
            vertx.setTimer(retry.toMillis(), id -> listen());
        }
    }
}
