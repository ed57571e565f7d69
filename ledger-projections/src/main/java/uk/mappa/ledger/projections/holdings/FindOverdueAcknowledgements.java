package uk.mappa.ledger.projections.holdings;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.projections.LedgerQuery;
import uk.mappa.ledger.projections.Page;

/**
 * A page of the copies recipients have not acknowledged although they were shared before
 * {@code sharedBefore}, oldest first.
 *
 * @param bodies only copies held by or provided by these bodies; null for every body
 * @param after  where the previous page ended; null for the first page
 */
public record FindOverdueAcknowledgements(Instant sharedBefore, Set<BodyId> bodies, Instant now, int size,
                                          HoldingCursor after) implements LedgerQuery<HoldingsPage> {

    public FindOverdueAcknowledgements {
        Objects.requireNonNull(sharedBefore, "sharedBefore");
        Objects.requireNonNull(now, "now");
        bodies = bodies == null ? null : Set.copyOf(bodies);
        Page.requireSize(size);
    }

    @Override
    public ResponseType<HoldingsPage> responseType() {
        return ResponseTypes.instanceOf(HoldingsPage.class);
    }
}
