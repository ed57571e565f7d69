package uk.mappa.ledger.core.csods;

import java.util.List;
import uk.mappa.ledger.core.LedgerEvent;
import uk.mappa.ledger.core.body.BodyId;

/**
 * Everything that happens in a CSODS case. Personal data in these events is sealed under each person's
 * own key; summaries never name anyone.
 */
public sealed interface CsodsEvent extends LedgerEvent
        permits CsodsApplicationReceived, CsodsInitialChecksCompleted, CsodsFaceToFaceMeetingHeld,
        CsodsRiskAssessmentCompleted, CsodsDisclosureDecided, CsodsDisclosureMade, CsodsUndertakingRecorded,
        CsodsCaseClosed, CsodsDeadlineMissed, CsodsDeadlineExtended {

    CaseId caseId();

    /** The police force that runs the case. */
    BodyId force();

    @Override
    default List<BodyId> bodiesInvolved() {
        return List.of(force());
    }
}
