package uk.mappa.ledger.projections.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A board's latest annual report as another board received it.
 *
 * @param consideredOn the meeting at which the receiving board considered it, or null while it has not
 * @param priorities   what it took into its business plan, or null while it has not considered it
 */
public record AnnualReportView(String shareId, String providerBodyId, String boardBodyId, Instant sharedAt,
                               LocalDate consideredOn, List<String> priorities) {

    public boolean considered() {
        return consideredOn != null;
    }
}
