package uk.mappa.ledger.projections.agreement;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.projections.LedgerQuery;

/**
 * Agreements, optionally only those naming a body, and optionally only those in force or suspended whose
 * review date falls on or before {@code reviewDueBy}.
 */
public record FindAgreements(BodyId party, LocalDate reviewDueBy) implements LedgerQuery<List<AgreementView>> {

    /** How many days ahead a review date makes an agreement due for review. */
    public static final int REVIEW_NOTICE_DAYS = 30;

    @Override
    public ResponseType<List<AgreementView>> responseType() {
        return ResponseTypes.multipleInstancesOf(AgreementView.class);
    }
}
