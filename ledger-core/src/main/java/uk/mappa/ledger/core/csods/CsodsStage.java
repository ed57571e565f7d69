package uk.mappa.ledger.core.csods;

/** The stages of a CSODS case, in the only order they can happen (see DOMAIN.md). */
public enum CsodsStage {
    APPLICATION_RECEIVED,
    INITIAL_CHECKS_COMPLETED,
    FACE_TO_FACE_HELD,
    RISK_ASSESSMENT_COMPLETED,
    DECISION_MADE,
    DISCLOSURE_MADE,
    UNDERTAKING_RECORDED,
    CLOSED;

    boolean reached(CsodsStage stage) {
        return compareTo(stage) >= 0;
    }
}
