package uk.mappa.ledger.core.csods;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.personal.Sealed;

/** A time limit was extended for exceptional circumstances, with the reason (sealed under the subject's key). */
@Revision("1")
public record CsodsDeadlineExtended(CaseId caseId, BodyId force, CsodsDeadline deadline, Instant previousDue,
                                    Instant newDue, Sealed reason, String by) implements CsodsEvent {

    @Override
    public String summary() {
        return "CSODS case " + caseId + ": " + deadline + " deadline extended to " + newDue + ", reason recorded";
    }
}
