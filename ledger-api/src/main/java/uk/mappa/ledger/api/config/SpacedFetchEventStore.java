package uk.mappa.ledger.api.config;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

/**
 * Axon's embedded event store, with the wake-ups of its event producer spaced out under load. After every commit
 * Axon wakes the one producer that reads new events for the read models' processor, and each wake-up is a read of
 * the store in a transaction of its own (and another to find nothing after what it read): under eight clients
 * recording shares, a read or more for every share, each one or two events. Here a commit wakes the producer at once
 * when it last woke at least {@value #SPACING_MILLIS} ms before, and otherwise once that time is up, once for every
 * commit in between: an idle ledger's read models see a write as soon as before, and a busy one's are fed a few events
 * a read, at most that much later.
 */
final class SpacedFetchEventStore extends EmbeddedEventStore {

    static final long SPACING_MILLIS = 10;
    private static final long SPACING_NANOS = TimeUnit.MILLISECONDS.toNanos(SPACING_MILLIS);

    private final ScheduledExecutorService waker = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "event-store-waker");
        thread.setDaemon(true);
        return thread;
    });
    /** A wake-up is due: commits until then are read by it. */
    private final AtomicBoolean wakeDue = new AtomicBoolean();
    private volatile long lastWake = System.nanoTime() - SPACING_NANOS;

    SpacedFetchEventStore(EmbeddedEventStore.Builder builder) {
        super(builder);
    }

    @Override
    protected void afterCommit(List<? extends EventMessage<?>> events) {
        if (!wakeDue.compareAndSet(false, true)) {
            return;
        }
        long wait = lastWake + SPACING_NANOS - System.nanoTime();
        if (wait > 0) {
            try {
                waker.schedule(this::wake, wait, TimeUnit.NANOSECONDS);
                return;
            } catch (RejectedExecutionException shuttingDown) {
                // A commit while the store shuts down: wake the producer now rather than fail the committed command.
            }
        }
        wake();
    }

    /** Wakes the producer; a commit from now on is read by this wake-up's read or asks for the next. */
    private void wake() {
        lastWake = System.nanoTime();
        wakeDue.set(false);
        super.afterCommit(List.of());
    }

    @Override
    public void shutDown() {
        waker.shutdownNow();
        super.shutDown();
    }
}
