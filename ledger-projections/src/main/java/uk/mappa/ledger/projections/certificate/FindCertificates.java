package uk.mappa.ledger.projections.certificate;

import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.projections.LedgerQuery;

/** The signing certificates of a body, newest first. */
public record FindCertificates(BodyId body) implements LedgerQuery<List<CertificateView>> {

    @Override
    public ResponseType<List<CertificateView>> responseType() {
        return ResponseTypes.multipleInstancesOf(CertificateView.class);
    }
}
