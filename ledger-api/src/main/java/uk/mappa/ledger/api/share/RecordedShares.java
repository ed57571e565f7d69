package uk.mappa.ledger.api.share;

import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;
import uk.mappa.ledger.api.access.AggregateHistory;
import uk.mappa.ledger.api.access.ReadAccess;
import uk.mappa.ledger.core.share.ShareEvent;
import uk.mappa.ledger.core.share.ShareId;
import uk.mappa.ledger.core.share.ShareRecorded;
import uk.mappa.ledger.projections.share.ShareView;

/** A share folded from its events the same way as the projection folds it. */
@Component
class RecordedShares {

    private final AggregateHistory history;

    RecordedShares(AggregateHistory history) {
        this.history = history;
    }

    /** The identifier of the event that recorded the share, which its receipt proves is in the log. */
    String recordingEventId(ShareId id) {
        return history.of(id.toString()).stream()
                .filter(event -> event.getPayload() instanceof ShareRecorded)
                .map(DomainEventMessage::getIdentifier)
                .findFirst()
                .orElseThrow(() -> ReadAccess.shareNotFound(id.toString()));
    }

    ShareView current(ShareId id) {
        return fold(id, history.of(id.toString()));
    }

    /** The share as its events, from its first, leave it. */
    static ShareView fold(ShareId id, List<DomainEventMessage<?>> events) {
        ShareView view = null;
        for (DomainEventMessage<?> event : events) {
            if (event.getPayload() instanceof ShareEvent shareEvent) {
                view = ShareView.evolve(view, shareEvent, event.getTimestamp());
            }
        }
        if (view == null) {
            throw ReadAccess.shareNotFound(id.toString());
        }
        return view;
    }
}
