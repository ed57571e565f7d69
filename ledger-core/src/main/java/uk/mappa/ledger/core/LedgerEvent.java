package uk.mappa.ledger.core;

import java.util.List;
import uk.mappa.ledger.core.body.BodyId;

/**
 * Every event the ledger records. Each one says which bodies it concerns and how it reads in one line,
 * which is what the audit trail shows; both are derived from the event's own fields.
 */
public interface LedgerEvent {

    /** The bodies this event concerns, in a stable order; the audit trail is filtered by them. */
    List<BodyId> bodiesInvolved();

    /** One line a person reads in the audit trail. */
    String summary();
}
