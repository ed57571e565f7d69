package uk.mappa.ledger.core.consent;

import uk.mappa.ledger.core.LedgerEvent;

/** Everything that can happen to a body's signing certificate. */
public sealed interface CertificateEvent extends LedgerEvent permits CertificateRegistered, CertificateRevoked,
        CertificateRevocationBackdated {

    String fingerprint();
}
