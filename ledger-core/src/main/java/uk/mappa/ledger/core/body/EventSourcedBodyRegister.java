package uk.mappa.ledger.core.body;

import java.util.Objects;
import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * The register read straight from the event store, so that a command sees every body registered before
 * it, with no projection lag in between.
 */
public final class EventSourcedBodyRegister implements BodyRegister {

    private final EventStore eventStore;

    public EventSourcedBodyRegister(EventStore eventStore) {
        this.eventStore = Objects.requireNonNull(eventStore, "eventStore");
    }

    @Override
    public Optional<RegisteredBody> find(BodyId id) {
        DomainEventStream stream = eventStore.readEvents(id.value());
        RegisteredBody found = null;
        while (stream.hasNext()) {
            // Aggregate ids share one namespace in the store; only a stream that a BodyRegistered opened is a body.
            Object payload = stream.next().getPayload();
            if (payload instanceof BodyRegistered registered) {
                found = registered.toRegisteredBody();
            } else if (found == null) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(found);
    }
}
