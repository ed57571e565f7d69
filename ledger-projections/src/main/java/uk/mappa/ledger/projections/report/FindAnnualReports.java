package uk.mappa.ledger.projections.report;

import java.util.List;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.projections.LedgerQuery;

/**
 * For each pair of boards, the latest annual report one shared with the other that is not withdrawn, newest
 * first: those by or to these bodies (null for all), and only those not yet considered when
 * {@code notConsideredOnly}.
 */
public record FindAnnualReports(Set<BodyId> bodies, boolean notConsideredOnly)
        implements LedgerQuery<List<AnnualReportView>> {

    @Override
    public ResponseType<List<AnnualReportView>> responseType() {
        return ResponseTypes.multipleInstancesOf(AnnualReportView.class);
    }
}
