package uk.mappa.ledger.projections.holdings;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uk.mappa.ledger.core.share.ShareEvent;

/**
 * Who held what at a past instant, answered from the event history rather than the current view, so
 * copies later destroyed or withdrawn are there as they were.
 */
@Component
class HoldingsAsOf {

    /**
     * Events are stored in commit order, and transactions that overlap can commit a little out of
     * timestamp order; reading this far past the instant asked for catches every event stamped before it.
     */
    static final java.time.Duration COMMIT_ORDER_SLACK = java.time.Duration.ofMinutes(1);

    private final EventStore eventStore;

    HoldingsAsOf(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @QueryHandler
    List<HoldingView> handle(FindHoldingsAsOf query) {
        String body = query.body().value();
        Map<String, Holding> copies = new LinkedHashMap<>();
        try (BlockingStream<TrackedEventMessage<?>> events = eventStore.openStream(null)) {
            while (events.hasNextAvailable()) {
                TrackedEventMessage<?> message = events.nextAvailable();
                if (message.getTimestamp().isAfter(query.asOf().plus(COMMIT_ORDER_SLACK))) {
                    break;
                }
                if (message.getTimestamp().isAfter(query.asOf())) {
                    continue;
                }
                if (message.getPayload() instanceof ShareEvent event) {
                    HoldingsFold.apply(event, (shareId, holder) -> holder.equals(body) ? copies.get(shareId) : null)
                            .stream()
                            .filter(holding -> holding.bodyId().equals(body))
                            .forEach(holding -> copies.put(holding.shareId(), holding));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the event history", e);
        }
        return copies.values().stream()
                .filter(holding -> holding.heldAt(query.asOf()))
                .sorted(Comparator.comparing(Holding::heldSince).reversed())
                .map(holding -> HoldingView.of(holding, query.asOf()))
                .toList();
    }
}
