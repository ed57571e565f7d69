package uk.mappa.ledger.core.agreement;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import uk.mappa.ledger.core.body.BodyId;

/** The agreement was reinstated from {@code effectiveAt}, for the reason given. */
@Revision("1")
public record AgreementReinstated(AgreementId agreementId, Instant effectiveAt, String reason, String recordedBy,
                          List<BodyId> parties) implements AgreementEvent {

    public AgreementReinstated {
        parties = List.copyOf(parties);
    }

    @Override
    public List<BodyId> bodiesInvolved() {
        return parties;
    }

    @Override
    public String summary() {
        return "Agreement " + agreementId + " reinstated from " + effectiveAt + ": " + reason;
    }
}
