package uk.mappa.ledger.core.body;

/** What kind of body a register entry is; see DOMAIN.md, "Who shares with whom". */
public enum BodyKind {
    /** MAPPA Strategic Management Board. */
    SMB,
    /** Local Safeguarding Children Board (before 2018). */
    LSCB,
    /** Local Safeguarding Children Partnership (since 2018). */
    LSCP,
    /** Responsible Authority agency: police, probation, prisons. */
    RA_AGENCY,
    /** Agency under the duty to co-operate (CJA 2003 s.325(6)). */
    DTC_AGENCY,
    /** Anyone outside the agreement covering a share. */
    THIRD_PARTY
}
