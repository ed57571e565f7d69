package uk.mappa.ledger.projections.share;

import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import uk.mappa.ledger.core.share.ShareId;
import uk.mappa.ledger.projections.LedgerQuery;

/** One recorded share, if there is one with this id. */
public record FindShare(ShareId id) implements LedgerQuery<Optional<ShareView>> {

    @Override
    public ResponseType<Optional<ShareView>> responseType() {
        return ResponseTypes.optionalInstanceOf(ShareView.class);
    }
}
