package uk.mappa.ledger.api.holdings;

import java.time.Clock;
import org.springframework.stereotype.Component;
import uk.mappa.ledger.api.access.Queries;
import uk.mappa.ledger.api.access.ReadAccess;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.projections.holdings.FindHoldings;
import uk.mappa.ledger.projections.holdings.HoldingCursor;
import uk.mappa.ledger.projections.holdings.HoldingsPage;

/** What a body holds now, one page, as the caller may see it: the one read the API and the console both use. */
@Component
public class CurrentHoldings {

    private final Queries queries;
    private final ReadAccess access;
    private final Clock clock;

    CurrentHoldings(Queries queries, ReadAccess access, Clock clock) {
        this.queries = queries;
        this.access = access;
        this.clock = clock;
    }

    public HoldingsPage of(Actor actor, BodyId body, int pageSize, HoldingCursor after) {
        access.requireMayReadHoldingsOf(actor, body);
        return access.present(actor, queries.ask(new FindHoldings(body, clock.instant(), pageSize, after)));
    }
}
