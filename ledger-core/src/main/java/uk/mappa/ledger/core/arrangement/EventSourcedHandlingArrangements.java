package uk.mappa.ledger.core.arrangement;

import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.EventStore;
import uk.mappa.ledger.core.ConsultedStreams;
import uk.mappa.ledger.core.FoldedStreams;

/** The handling arrangements read straight from the event store, as the body and agreement registers are. */
public final class EventSourcedHandlingArrangements implements HandlingArrangements {

    private final FoldedStreams<ArrangementTerms> arrangements;

    public EventSourcedHandlingArrangements(EventStore eventStore, ConsultedStreams consulted) {
        this.arrangements = new FoldedStreams<>(eventStore, consulted, HandlingArrangement.class.getSimpleName(),
                (found, payload) -> payload instanceof HandlingArrangementEvent event
                        && (found != null || event instanceof HandlingArrangementEvent.HandlingArrangementAgreed)
                        ? ArrangementTerms.evolve(found, event) : found);
    }

    @Override
    public Optional<ArrangementTerms> find(HandlingArrangementId id) {
        return arrangements.find(id.toString());
    }
}
