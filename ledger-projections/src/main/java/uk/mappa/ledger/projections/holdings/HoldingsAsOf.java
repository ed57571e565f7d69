package uk.mappa.ledger.projections.holdings;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uk.mappa.ledger.core.share.ShareEvent;
import uk.mappa.ledger.projections.history.EventHistory;

/**
 * Who held what at a past instant, answered from the event history rather than the current view, so
 * copies later destroyed or withdrawn are there as they were.
 */
@Component
public class HoldingsAsOf {

    private final EventHistory history;

    HoldingsAsOf(EventHistory history) {
        this.history = history;
    }

    @QueryHandler
    List<HoldingView> handle(FindHoldingsAsOf query) {
        String body = query.body().value();
        return of(query.asOf(), body::equals);
    }

    /** Every copy held at {@code asOf} by a body the filter accepts, most recent first. */
    public List<HoldingView> of(Instant asOf, Predicate<String> bodies) {
        Map<String, Holding> copies = new LinkedHashMap<>();
        history.forEachUntil(asOf, message -> {
            if (message.getPayload() instanceof ShareEvent event) {
                // Every copy is folded: an onward disclosure gives the third party a copy of the discloser's.
                HoldingsFold.apply(event, (shareId, holder) -> copies.get(shareId + "/" + holder))
                        .forEach(holding -> copies.put(holding.shareId() + "/" + holding.bodyId(), holding));
            }
        });
        return held(copies.values().stream().filter(holding -> bodies.test(holding.bodyId())).toList(), asOf);
    }

    private static List<HoldingView> held(Collection<Holding> copies, Instant asOf) {
        return copies.stream()
                .filter(holding -> holding.heldAt(asOf))
                .sorted(Comparator.comparing(Holding::heldSince).reversed())
                .map(holding -> HoldingView.of(holding, asOf))
                .toList();
    }
}
