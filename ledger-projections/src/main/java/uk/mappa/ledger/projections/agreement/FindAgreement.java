package uk.mappa.ledger.projections.agreement;

import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import uk.mappa.ledger.core.agreement.AgreementId;
import uk.mappa.ledger.projections.LedgerQuery;

/** One agreement, if there is one with this id. */
public record FindAgreement(AgreementId id) implements LedgerQuery<Optional<AgreementView>> {

    @Override
    public ResponseType<Optional<AgreementView>> responseType() {
        return ResponseTypes.optionalInstanceOf(AgreementView.class);
    }
}
