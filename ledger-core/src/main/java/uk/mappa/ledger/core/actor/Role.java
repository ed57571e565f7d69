package uk.mappa.ledger.core.actor;

/** The roles people hold inside a body, as far as the ledger's rules care. */
public enum Role {
    /** Logs shares for their own body. */
    BUSINESS_MANAGER,
    /** Information governance lead for a MAPPA area: reads the audit trail and holdings of the area. */
    IG_LEAD,
    /** Reads everything, changes nothing. */
    AUDITOR,
    /** Runs the Child Sex Offender Disclosure Scheme for a police force. */
    CSODS_OFFICER,
    /**
     * The ledger itself, for what it records on its own (the seed register and agreements). Never granted
     * to a person: identity tokens cannot carry it.
     */
    LEDGER_SYSTEM
}
