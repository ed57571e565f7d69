package uk.mappa.ledger.core.body;

import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.EventStore;
import uk.mappa.ledger.core.ConsultedStreams;
import uk.mappa.ledger.core.FoldedStreams;

/**
 * The register read straight from the event store, so that a command sees every body registered, renamed,
 * merged or closed before it, with no projection lag in between: each body folded once, and on every read
 * only what was appended since.
 */
public final class EventSourcedBodyRegister implements BodyRegister {

    private final FoldedStreams<RegisteredBody> bodies;

    public EventSourcedBodyRegister(EventStore eventStore, ConsultedStreams consulted) {
        // Only a stream that a BodyRegistered opened is a body.
        this.bodies = new FoldedStreams<>(eventStore, consulted, Body.class.getSimpleName(), (found, payload) ->
                payload instanceof BodyEvent event && (found != null || event instanceof BodyRegistered)
                        ? RegisteredBody.evolve(found, event) : found);
    }

    @Override
    public Optional<RegisteredBody> find(BodyId id) {
        return bodies.find(id.value());
    }
}
