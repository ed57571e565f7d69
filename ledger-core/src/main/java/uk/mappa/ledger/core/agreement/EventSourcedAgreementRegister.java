package uk.mappa.ledger.core.agreement;

import java.util.Objects;
import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

/** Agreements read straight from the event store, so a share sees every change made before it. */
public final class EventSourcedAgreementRegister implements AgreementRegister {

    private final EventStore eventStore;

    public EventSourcedAgreementRegister(EventStore eventStore) {
        this.eventStore = Objects.requireNonNull(eventStore, "eventStore");
    }

    @Override
    public Optional<AgreementTerms> find(AgreementId id) {
        DomainEventStream stream = eventStore.readEvents(id.toString());
        AgreementTerms terms = null;
        while (stream.hasNext()) {
            Object payload = stream.next().getPayload();
            if (!(payload instanceof AgreementEvent event) || (terms == null && !(event instanceof AgreementDrafted))) {
                return Optional.empty();
            }
            terms = AgreementTerms.evolve(terms, event);
        }
        return Optional.ofNullable(terms);
    }
}
