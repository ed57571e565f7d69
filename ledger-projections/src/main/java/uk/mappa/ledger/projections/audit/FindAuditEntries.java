package uk.mappa.ledger.projections.audit;

import java.util.Objects;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import uk.mappa.ledger.projections.LedgerQuery;
import uk.mappa.ledger.projections.Page;

/**
 * A page of the audit trail within what the reader may see, newest first.
 *
 * @param before the position the previous page ended at (entries before it come next); null for the first page
 */
public record FindAuditEntries(AuditScope scope, AuditFilter filter, int size, Long before)
        implements LedgerQuery<AuditPage> {

    public FindAuditEntries {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(filter, "filter");
        Page.requireSize(size);
    }

    @Override
    public ResponseType<AuditPage> responseType() {
        return ResponseTypes.instanceOf(AuditPage.class);
    }
}
