package uk.mappa.ledger.core.body;

import uk.mappa.ledger.core.LedgerEvent;

/** Everything that can happen to a body in the register. */
public sealed interface BodyEvent extends LedgerEvent permits BodyRegistered {

    BodyId bodyId();
}
