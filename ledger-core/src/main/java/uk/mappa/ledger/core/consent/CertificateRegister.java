package uk.mappa.ledger.core.consent;

import java.util.Optional;

/** The signing certificates bodies have registered, by fingerprint. */
@FunctionalInterface
public interface CertificateRegister {

    Optional<RegisteredCertificate> find(String fingerprint);
}
