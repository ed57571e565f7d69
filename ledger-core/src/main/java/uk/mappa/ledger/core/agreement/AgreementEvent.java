package uk.mappa.ledger.core.agreement;

import uk.mappa.ledger.core.LedgerEvent;

/** Everything that can happen to an agreement. */
public sealed interface AgreementEvent extends LedgerEvent
        permits AgreementDrafted, AgreementAccepted, AgreementActivated, AgreementReviewed, AgreementAmended,
        AgreementSuspended, AgreementReinstated, AgreementTerminated {

    AgreementId agreementId();
}
