package uk.mappa.ledger.projections.state;

import java.time.Instant;
import java.util.Objects;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import uk.mappa.ledger.projections.LedgerQuery;

/** Reconstructs, from events alone, the register, the agreements and the holdings at an instant. */
public record FindLedgerStateAsOf(Instant asOf) implements LedgerQuery<LedgerStateView> {

    public FindLedgerStateAsOf {
        Objects.requireNonNull(asOf, "asOf");
    }

    @Override
    public ResponseType<LedgerStateView> responseType() {
        return ResponseTypes.instanceOf(LedgerStateView.class);
    }
}
