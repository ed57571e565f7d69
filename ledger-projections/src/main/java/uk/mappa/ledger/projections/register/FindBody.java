package uk.mappa.ledger.projections.register;

import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.projections.LedgerQuery;

/** One registered body, if there is one with this id. */
public record FindBody(BodyId id) implements LedgerQuery<Optional<BodyView>> {

    @Override
    public ResponseType<Optional<BodyView>> responseType() {
        return ResponseTypes.optionalInstanceOf(BodyView.class);
    }
}
