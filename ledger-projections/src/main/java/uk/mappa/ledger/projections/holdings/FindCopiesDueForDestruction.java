package uk.mappa.ledger.projections.holdings;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.projections.LedgerQuery;
import uk.mappa.ledger.projections.Page;

/**
 * The first {@code size} copies still held past the end of their retention, longest overdue first (ask for one
 * more than you show to know whether there are more).
 *
 * @param bodies only copies held by these bodies; null for every body
 */
public record FindCopiesDueForDestruction(Set<BodyId> bodies, Instant now, int size)
        implements LedgerQuery<List<HoldingView>> {

    public FindCopiesDueForDestruction {
        Objects.requireNonNull(now, "now");
        bodies = bodies == null ? null : Set.copyOf(bodies);
        Page.requireSize(size);
    }

    @Override
    public ResponseType<List<HoldingView>> responseType() {
        return ResponseTypes.multipleInstancesOf(HoldingView.class);
    }
}
