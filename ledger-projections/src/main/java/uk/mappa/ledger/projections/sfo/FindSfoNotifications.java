package uk.mappa.ledger.projections.sfo;

import java.util.List;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.projections.LedgerQuery;

/**
 * SFO notifications sent by or to these bodies (null for all), newest first; only those escalated when
 * {@code escalatedOnly}.
 */
public record FindSfoNotifications(Set<BodyId> bodies, boolean escalatedOnly) implements LedgerQuery<List<SfoView>> {

    @Override
    public ResponseType<List<SfoView>> responseType() {
        return ResponseTypes.multipleInstancesOf(SfoView.class);
    }
}
