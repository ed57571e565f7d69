package uk.mappa.ledger.projections;

/**
 * The read models of the boards' own processes (annual reports considered, case reviews, minutes requests, FOI
 * requests, contacts) are small tables fed by few events, so they share one streaming processor: one more
 * reader of the event store rather than five.
 */
public final class BoardsProcesses {

    /** The processor's name: the read model a write or a read of any of them waits for. */
    public static final String PROCESSOR = "boards-processes";

    private BoardsProcesses() {
    }
}
