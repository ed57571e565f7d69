package uk.mappa.ledger.projections.holdings;

import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.share.ShareRecorded;

/** "Who holds what": for every body, the shares it provided and the shares it received. */
@Component
@ProcessingGroup(HoldingsProjection.NAME)
class HoldingsProjection {

    static final String NAME = "holdings";

    private final HoldingRepository holdings;

    HoldingsProjection(HoldingRepository holdings) {
        this.holdings = holdings;
    }

    @EventHandler
    void on(ShareRecorded event) {
        holdings.save(new HoldingEntity(holding(event, event.provider(), "PROVIDER")));
        event.recipients().forEach(recipient -> holdings.save(new HoldingEntity(holding(event, recipient, "RECIPIENT"))));
    }

    private static HoldingView holding(ShareRecorded event, BodyId holder, String role) {
        return new HoldingView(event.shareId().toString(), holder.value(), role, event.category().name(),
                event.title(), event.provider().value(), event.marking().label(), event.sharedAt());
    }

    @ResetHandler
    void reset() {
        holdings.deleteAllInBatch();
    }

    @QueryHandler
    List<HoldingView> handle(FindHoldings query) {
        return holdings.findByKeyBodyIdOrderByHeldSinceDesc(query.body().value()).stream()
                .map(HoldingEntity::toView)
                .toList();
    }
}
