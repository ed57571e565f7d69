package uk.mappa.ledger.core.csods;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.serialization.Revision;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.personal.Sealed;
import uk.mappa.ledger.core.personal.SealedPerson;

/**
 * A member of the public applied about a named person with access to a child.
 *
 * @param relationship the subject's relationship to the children, sealed under the applicant's key
 * @param due          when each time limit falls
 */
@Revision("1")
public record CsodsApplicationReceived(CaseId caseId, BodyId force, SealedPerson applicant, SealedPerson subject,
                                       List<SealedPerson> children, Sealed relationship, Instant receivedAt,
                                       Map<CsodsDeadline, Instant> due, String recordedBy) implements CsodsEvent {

    public CsodsApplicationReceived {
        children = List.copyOf(children);
        due = Map.copyOf(due);
    }

    @Override
    public String summary() {
        return force + " received CSODS application " + caseId + " (" + children.size() + " child"
                + (children.size() == 1 ? "" : "ren") + ")";
    }
}
