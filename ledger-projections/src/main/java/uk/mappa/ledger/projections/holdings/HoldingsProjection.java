package uk.mappa.ledger.projections.holdings;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.share.ShareEvent;

/** "Who holds what" now: every copy of every share, until its holder destroys it. */
@Component
@ProcessingGroup(HoldingsProjection.NAME)
class HoldingsProjection {

    static final String NAME = "holdings";

    private final HoldingRepository holdings;

    HoldingsProjection(HoldingRepository holdings) {
        this.holdings = holdings;
    }

    @EventHandler
    void on(ShareEvent event) {
        HoldingsFold.apply(event, (shareId, body) -> holdings.findById(new HoldingEntity.Key(UUID.fromString(shareId), body))
                        .map(HoldingEntity::toHolding).orElse(null))
                .forEach(holding -> holdings.save(new HoldingEntity(holding)));
    }

    @ResetHandler
    void reset() {
        holdings.deleteAllInBatch();
    }

    /** Before every copy in the newest-first order, and after every copy in the oldest-first one. */
    private static final HoldingCursor LATEST = new HoldingCursor(Instant.parse("9999-12-31T23:59:59Z"),
            new UUID(-1, -1), "");
    private static final HoldingCursor EARLIEST = new HoldingCursor(Instant.parse("0001-01-01T00:00:00Z"),
            new UUID(0, 0), "");

    @QueryHandler
    HoldingsPage handle(FindHoldings query) {
        HoldingCursor after = query.after() == null ? LATEST : query.after();
        return page(holdings.findHeld(query.body().value(), after.heldSince(), after.shareId(),
                Limit.of(query.size() + 1)), query.size(), query.now());
    }

    @QueryHandler
    HoldingsPage handle(FindOverdueAcknowledgements query) {
        HoldingCursor after = query.after() == null ? EARLIEST : query.after();
        Limit limit = Limit.of(query.size() + 1);
        List<HoldingEntity> overdue = query.bodies() == null
                ? holdings.findUnacknowledgedSharedBefore(query.sharedBefore(), after.heldSince(), after.shareId(),
                        after.bodyId(), limit)
                : holdings.findUnacknowledgedSharedBefore(query.sharedBefore(),
                        query.bodies().stream().map(BodyId::value).toList(), after.heldSince(), after.shareId(),
                        after.bodyId(), limit);
        return page(overdue, query.size(), query.now());
    }

    private static HoldingsPage page(List<HoldingEntity> upToOneMore, int size, Instant now) {
        return HoldingsPage.of(upToOneMore.stream().map(entity -> HoldingView.of(entity.toHolding(), now)).toList(),
                size);
    }
}
