package uk.mappa.ledger.projections.holdings;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.projections.LedgerQuery;

/**
 * What a body held at a past instant, reconstructed from the event history: every share recorded by
 * then whose date had come, and whose copy the body had not yet destroyed.
 */
public record FindHoldingsAsOf(BodyId body, Instant asOf) implements LedgerQuery<List<HoldingView>> {

    public FindHoldingsAsOf {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(asOf, "asOf");
    }

    @Override
    public ResponseType<List<HoldingView>> responseType() {
        return ResponseTypes.multipleInstancesOf(HoldingView.class);
    }
}
