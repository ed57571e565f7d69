package uk.mappa.ledger.projections.history;

import java.time.Instant;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;

/** An event history in memory, for the answers about the past that fold it. */
public final class TestHistory {

    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private long sequence;

    /** Appends an event stamped at {@code at}. */
    public TestHistory at(Instant at, Object payload) {
        store.publish(new GenericDomainEventMessage<>("Test", "aggregate-" + sequence, 0, payload,
                org.axonframework.messaging.MetaData.emptyInstance(), java.util.UUID.randomUUID().toString(), at));
        sequence++;
        return this;
    }

    public EventHistory history() {
        return new EventHistory(store);
    }
}
