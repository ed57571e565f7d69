package uk.mappa.ledger.projections.contact;

import java.util.List;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.projections.LedgerQuery;

/** The posts of these bodies (null for all), by body, role and title; only those nobody holds when asked. */
public record FindPosts(Set<BodyId> bodies, boolean vacantOnly) implements LedgerQuery<List<PostView>> {

    @Override
    public ResponseType<List<PostView>> responseType() {
        return ResponseTypes.multipleInstancesOf(PostView.class);
    }
}
