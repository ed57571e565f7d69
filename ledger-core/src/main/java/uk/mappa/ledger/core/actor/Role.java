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
    /** Co-ordinates MAPPA for an SMB: notifies SFOs and MAPPA meetings, follows up escalations. */
    MAPPA_COORDINATOR,
    /** Chairs a board or partnership. */
    CHAIR,
    /** Keeps the register of a MAPPA area: registers, renames, merges and closes its bodies. */
    REGISTER_ADMIN,
    /** Single point of contact of an agency, e.g. children's services for MAPPA meetings. */
    SPOC,
    /**
     * The ledger itself, for what it records on its own (the seed register and agreements). Never granted
     * to a person: identity tokens cannot carry it.
     */
    LEDGER_SYSTEM
}
