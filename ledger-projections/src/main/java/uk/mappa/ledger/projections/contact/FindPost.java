package uk.mappa.ledger.projections.contact;

import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import uk.mappa.ledger.projections.LedgerQuery;

/** One post by its id. */
public record FindPost(String id) implements LedgerQuery<Optional<PostView>> {

    @Override
    public ResponseType<Optional<PostView>> responseType() {
        return ResponseTypes.optionalInstanceOf(PostView.class);
    }
}
