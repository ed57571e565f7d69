package uk.mappa.ledger.core.personal;

import java.util.List;
import org.axonframework.serialization.Revision;
import uk.mappa.ledger.core.LedgerEvent;
import uk.mappa.ledger.core.body.BodyId;

/** A data subject's key was destroyed: their personal data can no longer be read anywhere. */
@Revision("1")
public record SubjectErased(SubjectId subjectId, BodyId owner, String reason, String erasedBy) implements LedgerEvent {

    @Override
    public List<BodyId> bodiesInvolved() {
        return List.of(owner);
    }

    @Override
    public String summary() {
        return "Personal data of subject " + subjectId + " held for " + owner + " erased: " + reason;
    }
}
