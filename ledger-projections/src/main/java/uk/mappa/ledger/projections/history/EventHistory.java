package uk.mappa.ledger.projections.history;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * The event history read from the start, for answers about the past that must not come from the current
 * views: every event stamped at or before an instant, in the order the ledger stored them.
 */
@Component
public class EventHistory {

    /**
     * Events are stored in commit order, and transactions that overlap can commit a little out of
     * timestamp order; reading this far past the instant asked for catches every event stamped before it.
     */
    static final Duration COMMIT_ORDER_SLACK = Duration.ofMinutes(1);

    private final EventStore eventStore;

    EventHistory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** Every stored event, in order. */
    public void forEach(Consumer<TrackedEventMessage<?>> consumer) {
        read(consumer, null);
    }

    /** Every event stamped at or before {@code asOf}, in order. */
    public void forEachUntil(Instant asOf, Consumer<TrackedEventMessage<?>> consumer) {
        read(consumer, asOf);
    }

    private void read(Consumer<TrackedEventMessage<?>> consumer, Instant asOf) {
        Instant stopAfter = asOf == null ? null : asOf.plus(COMMIT_ORDER_SLACK);
        try (BlockingStream<TrackedEventMessage<?>> events = eventStore.openStream(null)) {
            while (events.hasNextAvailable()) {
                TrackedEventMessage<?> message = events.nextAvailable();
                if (stopAfter != null && message.getTimestamp().isAfter(stopAfter)) {
                    return;
                }
                if (asOf == null || !message.getTimestamp().isAfter(asOf)) {
                    consumer.accept(message);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the event history", e);
        }
    }
}
