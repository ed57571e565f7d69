package uk.mappa.ledger.core.sfo;

import java.util.List;
import uk.mappa.ledger.core.LedgerEvent;
import uk.mappa.ledger.core.body.BodyId;

/** Everything that happens to a Serious Further Offence notification. */
public sealed interface SfoEvent extends LedgerEvent permits SfoNotified, SfoAcknowledged, SfoEscalated {

    String notificationId();

    BodyId smb();

    BodyId lscb();

    @Override
    default List<BodyId> bodiesInvolved() {
        return List.of(smb(), lscb());
    }
}
