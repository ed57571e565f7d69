package uk.mappa.ledger.projections.minutes;

import java.util.Optional;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.projections.Keyset;
import uk.mappa.ledger.projections.LedgerQuery;
import uk.mappa.ledger.projections.Page;

/** Questions about requests for MAPPA minutes. */
public final class MinutesQueries {

    private MinutesQueries() {
    }

    public record FindMinutesRequest(String id) implements LedgerQuery<Optional<MinutesRequestView>> {

        @Override
        public ResponseType<Optional<MinutesRequestView>> responseType() {
            return ResponseTypes.optionalInstanceOf(MinutesRequestView.class);
        }
    }

    /**
     * A page of the requests concerning these bodies (null for all), latest received first, after a cursor;
     * undecided ones only if asked.
     */
    public record FindMinutesRequests(Set<BodyId> bodies, boolean awaitingDecisionOnly, int size, Keyset after)
            implements LedgerQuery<MinutesRequestPage> {

        public FindMinutesRequests {
            Page.requireSize(size);
        }

        @Override
        public ResponseType<MinutesRequestPage> responseType() {
            return ResponseTypes.instanceOf(MinutesRequestPage.class);
        }
    }
}
