package uk.mappa.ledger.projections.sfo;

import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.projections.Keyset;
import uk.mappa.ledger.projections.LedgerQuery;
import uk.mappa.ledger.projections.Page;

/**
 * A page of the SFO notifications sent by or to these bodies (null for all), newest first, after a cursor (null
 * for the first page); only those escalated when {@code escalatedOnly}.
 */
public record FindSfoNotifications(Set<BodyId> bodies, boolean escalatedOnly, int size, Keyset after)
        implements LedgerQuery<SfoPage> {

    public FindSfoNotifications {
        Page.requireSize(size);
    }

    @Override
    public ResponseType<SfoPage> responseType() {
        return ResponseTypes.instanceOf(SfoPage.class);
    }
}
