package uk.mappa.ledger.projections.holdings;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uk.mappa.ledger.core.share.Marking;
import uk.mappa.ledger.core.share.ShareEvent;
import uk.mappa.ledger.core.share.ShareRecorded;
import uk.mappa.ledger.core.share.ShareRemarked;
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
    HoldingsPage handle(FindHoldingsAsOf query) {
        String body = query.body().value();
        List<HoldingView> page = of(query.asOf(), body::equals).stream().sorted(HoldingCursor.NEWEST_FIRST)
                .filter(view -> query.after() == null || query.after().isNewerThan(view))
                .limit(query.size() + 1L).toList();
        return HoldingsPage.of(page, query.size());
    }

    /** Every copy held at {@code asOf} by a body the filter accepts, most recent first. */
    private List<HoldingView> of(Instant asOf, Predicate<String> bodies) {
        Folding folding = new Folding(asOf);
        history.forEach(folding::accept);
        return folding.held(bodies);
    }

    /**
     * Holdings folded from events one at a time, for callers that read the history for more than this.
     * Every copy is kept: an onward disclosure gives the third party a copy of the discloser's. The copies
     * are as they stood at {@code asOf}, but whether a title may be shown follows each share's marking now:
     * material re-marked SECRET since is withheld from the past too. So the folding is given the whole
     * history, and only events up to {@code asOf} change the copies.
     */
    public static final class Folding {

        private final Instant asOf;
        private final Map<String, Holding> copies = new LinkedHashMap<>();
        private final Map<String, Boolean> restrictedNow = new HashMap<>();

        public Folding(Instant asOf) {
            this.asOf = asOf;
        }

        public void accept(EventMessage<?> message) {
            if (!(message.getPayload() instanceof ShareEvent event)) {
                return;
            }
            if (event instanceof ShareRecorded recorded) {
                restrictedNow.put(recorded.shareId().toString(), recorded.markings().restrictsTitle());
            } else if (event instanceof ShareRemarked remarked) {
                restrictedNow.put(remarked.shareId().toString(),
                        new Marking(remarked.marking(), remarked.legacyMarking()).restrictsTitle());
            }
            if (!message.getTimestamp().isAfter(asOf)) {
                HoldingsFold.apply(event, (shareId, holder) -> copies.get(shareId + "/" + holder))
                        .forEach(holding -> copies.put(holding.shareId() + "/" + holding.bodyId(), holding));
            }
        }

        public List<HoldingView> held(Predicate<String> bodies) {
            return copies.values().stream()
                    .filter(holding -> bodies.test(holding.bodyId()) && holding.heldAt(asOf))
                    .sorted(Comparator.comparing(Holding::heldSince).reversed())
                    .map(holding -> HoldingView.of(holding.remarked(holding.marking(),
                            restrictedNow.getOrDefault(holding.shareId(), holding.restrictedTitle())), asOf))
                    .toList();
        }
    }
}
