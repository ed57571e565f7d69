package uk.mappa.ledger.projections.audit;

import java.util.Objects;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import uk.mappa.ledger.projections.LedgerQuery;

/** A page of the audit trail within what the reader may see, newest first. */
public record FindAuditEntries(AuditScope scope, AuditFilter filter, int page, int size)
        implements LedgerQuery<AuditPage> {

    public static final int MAX_PAGE_SIZE = 500;

    public FindAuditEntries {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(filter, "filter");
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE);
        }
    }

    @Override
    public ResponseType<AuditPage> responseType() {
        return ResponseTypes.instanceOf(AuditPage.class);
    }
}
