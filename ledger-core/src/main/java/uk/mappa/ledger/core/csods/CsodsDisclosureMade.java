package uk.mappa.ledger.core.csods;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.personal.SealedPerson;

/**
 * The disclosure was made, in person, to the person best placed to protect the child, who may not be
 * the applicant. This is a share in the ledger's sense: the recipient now holds the information.
 */
@Revision("1")
public record CsodsDisclosureMade(CaseId caseId, BodyId force, Instant at, SealedPerson recipient,
                                  boolean recipientIsApplicant, boolean inPerson, String by) implements CsodsEvent {

    @Override
    public String summary() {
        return force + " made the CSODS disclosure of case " + caseId + " in person to "
                + (recipientIsApplicant ? "the applicant" : "the person best placed to protect the child")
                + " (subject " + recipient.subjectId() + ")";
    }
}
