package uk.mappa.ledger.core.csods;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import uk.mappa.ledger.core.body.BodyId;

/** The initial checks of the application were completed. */
@Revision("1")
public record CsodsInitialChecksCompleted(CaseId caseId, BodyId force, Instant at, String by) implements CsodsEvent {

    @Override
    public String summary() {
        return "CSODS case " + caseId + ": initial checks completed";
    }
}
