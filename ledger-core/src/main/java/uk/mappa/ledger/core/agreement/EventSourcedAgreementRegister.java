package uk.mappa.ledger.core.agreement;

import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.EventStore;
import uk.mappa.ledger.core.ConsultedStreams;
import uk.mappa.ledger.core.FoldedStreams;

/**
 * Agreements read straight from the event store, so a share sees every change made before it: each
 * agreement folded once, and on every read only what was appended since.
 */
public final class EventSourcedAgreementRegister implements AgreementRegister {

    private final FoldedStreams<AgreementTerms> agreements;

    public EventSourcedAgreementRegister(EventStore eventStore, ConsultedStreams consulted) {
        this.agreements = new FoldedStreams<>(eventStore, consulted, Agreement.class.getSimpleName(),
                (terms, payload) -> !(payload instanceof AgreementEvent event)
                        || (terms == null && !(event instanceof AgreementDrafted))
                        ? null : AgreementTerms.evolve(terms, event));
    }

    @Override
    public Optional<AgreementTerms> find(AgreementId id) {
        return agreements.find(id.toString());
    }
}
