package uk.mappa.ledger.projections.holdings;

import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
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

    @QueryHandler
    List<HoldingView> handle(FindHoldings query) {
        return holdings.findByKeyBodyIdAndDestroyedAtIsNullOrderByHeldSinceDesc(query.body().value()).stream()
                .map(entity -> HoldingView.of(entity.toHolding(), query.now()))
                .toList();
    }

    @QueryHandler
    List<HoldingView> handle(FindOverdueAcknowledgements query) {
        List<HoldingEntity> overdue = query.bodies() == null
                ? holdings.findUnacknowledgedSharedBefore(query.sharedBefore())
                : holdings.findUnacknowledgedSharedBefore(query.sharedBefore(),
                        query.bodies().stream().map(BodyId::value).toList());
        return overdue.stream().map(entity -> HoldingView.of(entity.toHolding(), query.now())).toList();
    }
}
