package uk.mappa.ledger.core.agreement;

/** The written agreements under which information is shared. */
public enum AgreementKind {
    /** Memorandum of understanding, e.g. between Merseyside SMB and the Merseyside LSCBs. */
    MOU,
    /** Protocol on working arrangements, e.g. the HIPS protocol. */
    PROTOCOL,
    /** Memorandum under the duty to co-operate, CJA 2003 s.325(5). */
    DTC_MEMORANDUM
}
