package uk.mappa.ledger.api.share;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import uk.mappa.ledger.core.rule.RuleViolation;
import uk.mappa.ledger.core.share.ShareEvent;
import uk.mappa.ledger.core.share.ShareId;
import uk.mappa.ledger.projections.share.ShareView;

/**
 * Reads a share straight from the event store, folded the same way as the projection, so the response
 * to a command shows exactly what the ledger stored, without waiting for the projections to catch up.
 */
@Component
class RecordedShares {

    private final EventStore eventStore;

    RecordedShares(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** The identifier of the event that recorded the share, which its receipt proves is in the log. */
    String recordingEventId(ShareId id) {
        DomainEventStream events = eventStore.readEvents(id.toString());
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            if (event.getPayload() instanceof uk.mappa.ledger.core.share.ShareRecorded) {
                return event.getIdentifier();
            }
        }
        throw RuleViolation.notFound("share-not-found", "There is no share " + id + " that you can see.");
    }

    ShareView current(ShareId id) {
        DomainEventStream events = eventStore.readEvents(id.toString());
        ShareView view = null;
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            if (event.getPayload() instanceof ShareEvent shareEvent) {
                view = ShareView.evolve(view, shareEvent, event.getTimestamp());
            }
        }
        if (view == null) {
            throw RuleViolation.notFound("share-not-found", "There is no share " + id + " that you can see.");
        }
        return view;
    }
}
