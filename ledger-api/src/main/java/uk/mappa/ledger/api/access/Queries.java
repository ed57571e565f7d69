package uk.mappa.ledger.api.access;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import uk.mappa.ledger.projections.LedgerQuery;
import uk.mappa.ledger.projections.Page;

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

    /**
     * Every item of a paged list, page after page: for a choice that must offer all of a short list (the
     * agreements a body may share under), never for an answer to a caller, which is paged.
     *
     * @param pageAfter the query for the page after a cursor (null for the first page)
     */
    public <T, P extends Page<T>> List<T> everyPage(Function<String, ? extends LedgerQuery<P>> pageAfter) {
        List<T> items = new ArrayList<>();
        String next = null;
        do {
            P page = ask(pageAfter.apply(next));
            items.addAll(page.items());
            next = page.next();
        } while (next != null);
        return items;
    }
}
