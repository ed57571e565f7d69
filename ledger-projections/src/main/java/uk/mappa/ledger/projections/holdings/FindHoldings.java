package uk.mappa.ledger.projections.holdings;

import java.time.Instant;
import java.util.Objects;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.projections.LedgerQuery;
import uk.mappa.ledger.projections.Page;

/**
 * A page of what a body holds now (copies not yet destroyed), most recent first.
 *
 * @param now   the instant against which retention is judged
 * @param after where the previous page ended; null for the first page
 */
public record FindHoldings(BodyId body, Instant now, int size, HoldingCursor after) implements LedgerQuery<HoldingsPage> {

    public FindHoldings {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(now, "now");
        Page.requireSize(size);
    }

    @Override
    public ResponseType<HoldingsPage> responseType() {
        return ResponseTypes.instanceOf(HoldingsPage.class);
    }
}
