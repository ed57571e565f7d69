package uk.mappa.ledger.core.csods;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import uk.mappa.ledger.core.body.BodyId;

/**
 * The full multi-agency risk assessment was completed.
 *
 * @param mappaCategory 1 to 3 where the subject is managed under MAPPA, else null
 * @param mappaLevel    1 to 3 where known, else null
 */
@Revision("1")
public record CsodsRiskAssessmentCompleted(CaseId caseId, BodyId force, Instant at, Integer mappaCategory,
                                           Integer mappaLevel, String by) implements CsodsEvent {

    @Override
    public String summary() {
        return "CSODS case " + caseId + ": risk assessment completed"
                + (mappaCategory == null ? "" : " (MAPPA category " + mappaCategory
                + (mappaLevel == null ? "" : ", level " + mappaLevel) + ")");
    }
}
