package uk.mappa.ledger.core.csods;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.personal.Sealed;

/**
 * The recipient signed the confidentiality undertaking, or the police recorded why they disclosed without
 * one ({@code reasonWithout}, sealed under the recipient's key).
 */
@Revision("1")
public record CsodsUndertakingRecorded(CaseId caseId, BodyId force, Instant at, boolean signed, Sealed reasonWithout,
                                       String by) implements CsodsEvent {

    @Override
    public String summary() {
        return "CSODS case " + caseId + ": " + (signed ? "confidentiality undertaking signed"
                : "disclosed without a confidentiality undertaking, reason recorded");
    }
}
