package uk.mappa.ledger.projections.history;

import java.util.function.Consumer;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * The event history read from the start, for answers about the past that must not come from the current
 * views: every event, in the order the ledger stored them.
 */
@Component
public class EventHistory {

    private final EventStore eventStore;

    EventHistory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /**
     * Every stored event, in order. Answers about a past instant read it all: the copies as they stood then,
     * but whether a title may be shown as the share is marked now.
     */
    public void forEach(Consumer<TrackedEventMessage<?>> consumer) {
        try (BlockingStream<TrackedEventMessage<?>> events = eventStore.openStream(null)) {
            while (events.hasNextAvailable()) {
                consumer.accept(events.nextAvailable());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the event history", e);
        }
    }
}
