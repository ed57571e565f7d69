package uk.mappa.ledger.api.access;

import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * One aggregate's events straight from the event store. Responses to commands are built from them, so a
 * caller sees exactly what was recorded without waiting for the read models to catch up.
 */
@Component
public class AggregateHistory {

    private final EventStore eventStore;

    AggregateHistory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** From its first event: no aggregate is snapshotted, so the store is not asked for a snapshot first. */
    public List<DomainEventMessage<?>> of(String aggregateId) {
        return eventStore.readEvents(aggregateId, 0).asStream().<DomainEventMessage<?>>map(event -> event).toList();
    }

    /** The payload of the first event of that type, if the aggregate has one. */
    public <E> java.util.Optional<E> first(String aggregateId, Class<E> type) {
        return of(aggregateId).stream().map(DomainEventMessage::getPayload).filter(type::isInstance).map(type::cast)
                .findFirst();
    }
}
