package uk.mappa.ledger.core.foi;

/** Who must be consulted on a request involving a MAPPA case (West Yorkshire memorandum). */
public enum Consultee {
    /** The MAPPA co-ordinator, of the area's SMB. */
    MAPPA_COORDINATOR,
    /** The police force's lead. */
    POLICE_LEAD
}
