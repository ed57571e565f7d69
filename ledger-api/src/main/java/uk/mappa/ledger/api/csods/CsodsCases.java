package uk.mappa.ledger.api.csods;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.mappa.ledger.api.access.Queries;
import uk.mappa.ledger.api.access.ReadAccess;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.projections.Keyset;
import uk.mappa.ledger.projections.csods.CsodsCasePage;
import uk.mappa.ledger.projections.csods.CsodsQueries.FindCsodsCases;

/**
 * The CSODS cases a person may see (their own force's, as its CSODS officer; their area's forces', as IG lead;
 * every force's, as auditor), a page at a time with each case's next time limit: for the API and the console.
 */
@Component
public class CsodsCases {

    private final Queries queries;
    private final ReadAccess access;
    private final Clock clock;

    CsodsCases(Queries queries, ReadAccess access, Clock clock) {
        this.queries = queries;
        this.access = access;
        this.clock = clock;
    }

    public CsodsCasePage page(Actor actor, int size, Keyset after) {
        Set<BodyId> forces = access.csodsForcesVisibleTo(actor);
        if (forces != null && forces.isEmpty()) {
            return new CsodsCasePage(List.of(), null);
        }
        return queries.ask(new FindCsodsCases(forces, clock.instant(), size, after));
    }
}
