package uk.mappa.ledger.core.body;

import java.util.List;
import uk.mappa.ledger.core.LedgerEvent;

/** Everything that can happen to a body in the register. */
public sealed interface BodyEvent extends LedgerEvent permits BodyRegistered, BodyRenamed, BodyMerged, BodyClosed {

    BodyId bodyId();

    @Override
    default List<BodyId> bodiesInvolved() {
        return List.of(bodyId());
    }
}
