package uk.mappa.ledger.core.csods;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import uk.mappa.ledger.core.body.BodyId;

/** The case was closed, with or without a disclosure. */
@Revision("1")
public record CsodsCaseClosed(CaseId caseId, BodyId force, Instant at, boolean disclosed, String by)
        implements CsodsEvent {

    @Override
    public String summary() {
        return "CSODS case " + caseId + " closed " + (disclosed ? "after disclosure" : "without disclosure");
    }
}
