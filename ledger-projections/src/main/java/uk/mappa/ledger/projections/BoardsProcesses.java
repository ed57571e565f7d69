package uk.mappa.ledger.projections;

/**
 * The read models of the boards' own processes (annual reports considered, case reviews, minutes requests, FOI
 * requests, contacts) are small tables fed by few events, so they are one processing group: rebuilt together, and
 * waited for under one name.
 */
public final class BoardsProcesses {

    /** The group's name: the read model a write or a read of any of them waits for. */
    public static final String GROUP = "boards-processes";

    private BoardsProcesses() {
    }
}
