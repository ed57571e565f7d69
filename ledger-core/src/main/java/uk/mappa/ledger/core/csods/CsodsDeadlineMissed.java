package uk.mappa.ledger.core.csods;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import uk.mappa.ledger.core.body.BodyId;

/** A time limit of the case passed before the case reached the stage that meets it. */
@Revision("1")
public record CsodsDeadlineMissed(CaseId caseId, BodyId force, CsodsDeadline deadline, Instant dueAt)
        implements CsodsEvent {

    @Override
    public String summary() {
        return "CSODS case " + caseId + " missed its " + deadline + " deadline (" + dueAt + ")";
    }
}
