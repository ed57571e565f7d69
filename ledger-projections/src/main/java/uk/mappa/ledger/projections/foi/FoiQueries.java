package uk.mappa.ledger.projections.foi;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.projections.Keyset;
import uk.mappa.ledger.projections.LedgerQuery;
import uk.mappa.ledger.projections.Page;

/** Questions about FOI requests involving MAPPA cases. */
public final class FoiQueries {

    private FoiQueries() {
    }

    /** @param today the day it is read on, which decides whether it is overdue */
    public record FindFoiRequest(String id, LocalDate today) implements LedgerQuery<Optional<FoiRequestView>> {

        @Override
        public ResponseType<Optional<FoiRequestView>> responseType() {
            return ResponseTypes.optionalInstanceOf(FoiRequestView.class);
        }
    }

    /**
     * A page of the requests concerning these bodies (null for all), soonest due first, after a cursor; open ones
     * only if asked.
     */
    public record FindFoiRequests(Set<BodyId> bodies, boolean openOnly, LocalDate today, int size, Keyset after)
            implements LedgerQuery<FoiRequestPage> {

        public FindFoiRequests {
            Page.requireSize(size);
        }

        @Override
        public ResponseType<FoiRequestPage> responseType() {
            return ResponseTypes.instanceOf(FoiRequestPage.class);
        }
    }
}
