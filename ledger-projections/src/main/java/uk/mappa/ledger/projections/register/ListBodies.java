package uk.mappa.ledger.projections.register;

import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import uk.mappa.ledger.projections.LedgerQuery;

/** Every registered body, ordered by MAPPA area and name. */
public record ListBodies() implements LedgerQuery<List<BodyView>> {

    @Override
    public ResponseType<List<BodyView>> responseType() {
        return ResponseTypes.multipleInstancesOf(BodyView.class);
    }
}
