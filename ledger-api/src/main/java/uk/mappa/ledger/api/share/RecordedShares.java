package uk.mappa.ledger.api.share;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import uk.mappa.ledger.core.share.ShareId;
import uk.mappa.ledger.core.share.ShareRecorded;
import uk.mappa.ledger.projections.share.ShareView;

/**
 * Reads a share back from the event store as it was just recorded, so the response to a POST shows
 * exactly what the ledger stored, without waiting for the projections to catch up.
 */
@Component
class RecordedShares {

    private final EventStore eventStore;

    RecordedShares(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    ShareView asRecorded(ShareId id) {
        DomainEventStream events = eventStore.readEvents(id.toString());
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            if (event.getPayload() instanceof ShareRecorded recorded) {
                return ShareView.of(recorded, event.getTimestamp());
            }
        }
        throw new IllegalStateException("Share " + id + " was recorded but its event cannot be read back");
    }
}
