package uk.mappa.ledger.core.minutes;

import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.EventStore;
import uk.mappa.ledger.core.ConsultedStreams;
import uk.mappa.ledger.core.FoldedStreams;

/** The minutes requests and their decisions read straight from the event store, as the registers are. */
public final class EventSourcedMinutesRequests {

    private final FoldedStreams<MinutesDecision> requests;

    public EventSourcedMinutesRequests(EventStore eventStore, ConsultedStreams consulted) {
        this.requests = new FoldedStreams<>(eventStore, consulted, MinutesRequest.class.getSimpleName(),
                (found, payload) -> payload instanceof MinutesEvent event
                        && (found != null || event instanceof MinutesEvent.MinutesRequested)
                        ? MinutesDecision.evolve(found, event) : found);
    }

    public Optional<MinutesDecision> find(MinutesRequestId id) {
        return requests.find(id.toString());
    }
}
