package uk.mappa.ledger.core.csods;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import uk.mappa.ledger.core.body.BodyId;

/** The applicant was met face to face and their identity verified. */
@Revision("1")
public record CsodsFaceToFaceMeetingHeld(CaseId caseId, BodyId force, Instant at, boolean identityVerified, String by)
        implements CsodsEvent {

    @Override
    public String summary() {
        return "CSODS case " + caseId + ": face-to-face meeting held, identity verified";
    }
}
