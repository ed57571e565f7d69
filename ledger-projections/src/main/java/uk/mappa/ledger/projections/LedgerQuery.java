package uk.mappa.ledger.projections;

import org.axonframework.messaging.responsetypes.ResponseType;

/**
 * A query that names its own result type, so callers cannot ask for the wrong one.
 *
 * @param <R> what the query answers with
 */
public interface LedgerQuery<R> {

    ResponseType<R> responseType();
}
