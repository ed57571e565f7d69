package uk.mappa.ledger.core.share;

/** Descriptors that may follow the OFFICIAL-SENSITIVE caveat. */
public enum Descriptor {
    PERSONAL,
    COMMERCIAL,
    LOCSEN
}
