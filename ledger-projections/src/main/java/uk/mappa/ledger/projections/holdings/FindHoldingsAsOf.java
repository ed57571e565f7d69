package uk.mappa.ledger.projections.holdings;

import java.time.Instant;
import java.util.Objects;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.projections.LedgerQuery;
import uk.mappa.ledger.projections.Page;

/**
 * A page of what a body held at a past instant, reconstructed from the event history: every share recorded
 * by then whose date had come, and whose copy the body had not yet destroyed; most recent first.
 *
 * @param after where the previous page ended; null for the first page
 */
public record FindHoldingsAsOf(BodyId body, Instant asOf, int size, HoldingCursor after)
        implements LedgerQuery<HoldingsPage> {

    public FindHoldingsAsOf {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(asOf, "asOf");
        Page.requireSize(size);
    }

    @Override
    public ResponseType<HoldingsPage> responseType() {
        return ResponseTypes.instanceOf(HoldingsPage.class);
    }
}
