package uk.mappa.ledger.projections.state;

import java.time.Instant;
import java.util.List;
import uk.mappa.ledger.projections.agreement.AgreementView;
import uk.mappa.ledger.projections.holdings.HoldingView;
import uk.mappa.ledger.projections.register.BodyView;

/** The register, the agreements and every body's holdings as they stood at an instant. */
public record LedgerStateView(Instant asOf, List<BodyView> bodies, List<AgreementView> agreements,
                              List<HoldingView> holdings) {
}
