package uk.mappa.ledger.core.agreement;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import uk.mappa.ledger.core.body.BodyId;

/** A party's signatory accepted the agreement. */
@Revision("1")
public record AgreementAccepted(AgreementId agreementId, BodyId party, String signatoryRole, LocalDate acceptedOn,
                                String recordedBy) implements AgreementEvent {

    @Override
    public List<BodyId> bodiesInvolved() {
        return List.of(party);
    }

    @Override
    public String summary() {
        return party + " accepted agreement " + agreementId + " (signed by its " + signatoryRole + " on "
                + acceptedOn + ")";
    }
}
