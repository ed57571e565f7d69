package uk.mappa.ledger.core.share;

/** Government Security Classifications (2014 onwards). */
public enum Classification {
    OFFICIAL,
    SECRET,
    TOP_SECRET
}
