package uk.mappa.ledger.projections.holdings;

import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.projections.LedgerQuery;

/** What a body holds now: the shares it provided or received, most recent first. */
public record FindHoldings(BodyId body) implements LedgerQuery<List<HoldingView>> {

    @Override
    public ResponseType<List<HoldingView>> responseType() {
        return ResponseTypes.multipleInstancesOf(HoldingView.class);
    }
}
