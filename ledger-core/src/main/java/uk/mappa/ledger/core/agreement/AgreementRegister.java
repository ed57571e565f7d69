package uk.mappa.ledger.core.agreement;

import java.util.Optional;

/** The agreements as command handlers see them: a share must cite one that covers it. */
@FunctionalInterface
public interface AgreementRegister {

    Optional<AgreementTerms> find(AgreementId id);
}
