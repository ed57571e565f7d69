package uk.mappa.ledger.projections.holdings;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.projections.LedgerQuery;

/**
 * Copies recipients have not acknowledged although they were shared before {@code sharedBefore}.
 *
 * @param bodies only copies held by or provided by these bodies; null for every body
 */
public record FindOverdueAcknowledgements(Instant sharedBefore, Set<BodyId> bodies, Instant now)
        implements LedgerQuery<List<HoldingView>> {

    public FindOverdueAcknowledgements {
        Objects.requireNonNull(sharedBefore, "sharedBefore");
        Objects.requireNonNull(now, "now");
        bodies = bodies == null ? null : Set.copyOf(bodies);
    }

    @Override
    public ResponseType<List<HoldingView>> responseType() {
        return ResponseTypes.multipleInstancesOf(HoldingView.class);
    }
}
