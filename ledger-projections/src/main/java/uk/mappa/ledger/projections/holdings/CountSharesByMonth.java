package uk.mappa.ledger.projections.holdings;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.projections.LedgerQuery;

/**
 * How many shares each body recorded a month, from {@code from}'s month on (months with none are not listed).
 *
 * @param bodies only these providers; null for every body
 */
public record CountSharesByMonth(Set<BodyId> bodies, LocalDate from) implements LedgerQuery<List<SharesInMonth>> {

    public CountSharesByMonth {
        Objects.requireNonNull(from, "from");
        bodies = bodies == null ? null : Set.copyOf(bodies);
    }

    @Override
    public ResponseType<List<SharesInMonth>> responseType() {
        return ResponseTypes.multipleInstancesOf(SharesInMonth.class);
    }
}
