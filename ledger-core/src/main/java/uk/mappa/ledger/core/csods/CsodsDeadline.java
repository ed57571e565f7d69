package uk.mappa.ledger.core.csods;

/** The time limits of a CSODS case, each met when the case reaches a stage. */
public enum CsodsDeadline {
    INITIAL_CHECKS(CsodsStage.INITIAL_CHECKS_COMPLETED),
    FACE_TO_FACE(CsodsStage.FACE_TO_FACE_HELD),
    RISK_ASSESSMENT(CsodsStage.RISK_ASSESSMENT_COMPLETED),
    WHOLE_CASE(CsodsStage.CLOSED);

    private final CsodsStage metBy;

    CsodsDeadline(CsodsStage metBy) {
        this.metBy = metBy;
    }

    public boolean metAt(CsodsStage stage) {
        return stage.reached(metBy);
    }

    /** The name of the scheduled deadline in Axon's deadline manager. */
    String deadlineName() {
        return "csods-" + name().toLowerCase().replace('_', '-');
    }
}
