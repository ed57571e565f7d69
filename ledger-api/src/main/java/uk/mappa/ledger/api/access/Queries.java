package uk.mappa.ledger.api.access;

import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import uk.mappa.ledger.projections.LedgerQuery;

/** Asks the projections a question and waits for the answer, typed by the query itself. */
@Component
public class Queries {

    private final QueryGateway gateway;

    Queries(QueryGateway gateway) {
        this.gateway = gateway;
    }

    public <R> R ask(LedgerQuery<R> query) {
        return gateway.query(query, query.responseType()).join();
    }
}
