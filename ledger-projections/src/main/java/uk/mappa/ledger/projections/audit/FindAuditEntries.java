package uk.mappa.ledger.projections.audit;

import java.util.Objects;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import uk.mappa.ledger.projections.LedgerQuery;

/** A page of the audit trail within what the reader may see, newest first. */
public record FindAuditEntries(AuditScope scope, AuditFilter filter, int page, int size)
        implements LedgerQuery<AuditPage> {

    public static final int MAX_PAGE_SIZE = 500;
    /** Pages reach this many entries deep at most; further back, narrow the filters (e.g. from/to). */
    public static final int MAX_DEPTH = 1_000_000;

    public FindAuditEntries {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(filter, "filter");
        if (size < 1 || size > MAX_PAGE_SIZE || page < 0 || page > lastPage(size)) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_PAGE_SIZE + " and page between 0 and "
                    + lastPage(Math.max(size, 1)));
        }
    }

    /** The deepest page of this size that stays within {@link #MAX_DEPTH} entries. */
    public static int lastPage(int size) {
        return MAX_DEPTH / size - 1;
    }

    @Override
    public ResponseType<AuditPage> responseType() {
        return ResponseTypes.instanceOf(AuditPage.class);
    }
}
