package uk.mappa.ledger.core.agreement;

/** Where an agreement is in its life. Only an active agreement covers shares. */
public enum AgreementStatus {
    /** Drafted; waiting for every party to accept. */
    DRAFT,
    ACTIVE,
    SUSPENDED,
    TERMINATED
}
