package uk.mappa.ledger.projections.holdings;

import java.util.Objects;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.share.ContentDigest;
import uk.mappa.ledger.projections.Keyset;
import uk.mappa.ledger.projections.LedgerQuery;
import uk.mappa.ledger.projections.Page;

/**
 * A page of the shares of one document (by its SHA-256), most recent share date first.
 *
 * @param bodies only shares that one of these bodies provided or holds; null for every share
 * @param after  where the previous page ended; null for the first page
 */
public record FindSharesOfContent(ContentDigest content, Set<BodyId> bodies, java.time.Instant now, int size,
                                  Keyset after)
        implements LedgerQuery<SharesOfContentPage> {

    public FindSharesOfContent {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(now, "now");
        bodies = bodies == null ? null : Set.copyOf(bodies);
        Page.requireSize(size);
    }

    @Override
    public ResponseType<SharesOfContentPage> responseType() {
        return ResponseTypes.instanceOf(SharesOfContentPage.class);
    }
}
