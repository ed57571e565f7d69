package uk.mappa.ledger.projections.minutes;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.projections.LedgerQuery;

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

    /** Requests concerning these bodies (null for all), latest received first; undecided ones only if asked. */
    public record FindMinutesRequests(Set<BodyId> bodies, boolean awaitingDecisionOnly)
            implements LedgerQuery<List<MinutesRequestView>> {

        @Override
        public ResponseType<List<MinutesRequestView>> responseType() {
            return ResponseTypes.multipleInstancesOf(MinutesRequestView.class);
        }
    }
}
