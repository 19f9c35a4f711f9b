package org.ospo.summit.platform.relay;

import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Runs a reactive pass on a Vert.x timer (sub-second intervals, which the simple scheduler cannot do), each pass on
 * a fresh safe duplicated context as Hibernate Reactive requires; a pass still running when the timer fires is not
 * doubled. {@link #wake()} runs a pass at once (new work was committed); a wake during a pass runs one more right
 * after it, so work committed while a pass was reading is never left to the next tick. Given a batch size, a pass
 * that did a full batch is followed by another at once, so a backlog drains without waiting for ticks. Used by the
 * outbox and mail relays and the idempotency-key purge.
 */
public final class PeriodicRelay {
    private static final Logger LOG = Logger.getLogger(PeriodicRelay.class);

    private final Vertx vertx;
    private final String name;
    private final Supplier<Uni<Integer>> pass;
    private final int fullBatch;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private long timerId = -1;

    public PeriodicRelay(Vertx vertx, String name, Supplier<Uni<Integer>> pass) {
        this(vertx, name, pass, Integer.MAX_VALUE);
    }

    /** {@code fullBatch}: a pass that did this much (a full batch) is followed by another at once */
    public PeriodicRelay(Vertx vertx, String name, Supplier<Uni<Integer>> pass, int fullBatch) {
        this.vertx = vertx;
        this.name = name;
        this.pass = pass;
        this.fullBatch = fullBatch;
    }

    public void start(Duration interval) {
        timerId = vertx.setPeriodic(interval.toMillis(), interval.toMillis(), id -> poll());
    }

    public void stop() {
        vertx.cancelTimer(timerId);
    }

    /** a pass now: work was committed (a pass already running is followed by one more) */
    public void wake() {
        poll(true);
    }

    private void poll() {
        poll(false);
    }

    private void poll(boolean woken) {
        if (!running.compareAndSet(false, true)) {
            if (woken) {
                again.set(true);
            }
            return;
        }
        again.set(false);
        VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext()).runOnContext(v -> {
            VertxContextSafetyToggle.setCurrentContextSafe(true);
            Uni.createFrom().deferred(pass::get).subscribe().with(n -> finished(n != null && n >= fullBatch), e -> {
                LOG.warnf("%s pass failed: %s", name, e.toString());
                finished(false);
            });
        });
    }

    private void finished(boolean full) {
        running.set(false);
        if (again.getAndSet(false) || full) {
            poll(true);
        }
    }
}
