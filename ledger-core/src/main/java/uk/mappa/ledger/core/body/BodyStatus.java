package uk.mappa.ledger.core.body;

/** Where a body stands in the register. A closed or merged body keeps its history but takes no new shares. */
public enum BodyStatus {
    ACTIVE,
    /** Merged into another body, which carries its work on. */
    MERGED,
    /** No longer exists and has no successor. */
    CLOSED
}
