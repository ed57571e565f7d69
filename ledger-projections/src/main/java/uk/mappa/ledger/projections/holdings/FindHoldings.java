package uk.mappa.ledger.projections.holdings;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.projections.LedgerQuery;

/**
 * What a body holds now (copies not yet destroyed), most recent first.
 *
 * @param now the instant against which retention is judged
 */
public record FindHoldings(BodyId body, Instant now) implements LedgerQuery<List<HoldingView>> {

    public FindHoldings {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(now, "now");
    }

    @Override
    public ResponseType<List<HoldingView>> responseType() {
        return ResponseTypes.multipleInstancesOf(HoldingView.class);
    }
}
