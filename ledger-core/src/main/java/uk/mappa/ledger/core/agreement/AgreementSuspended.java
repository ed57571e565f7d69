package uk.mappa.ledger.core.agreement;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import uk.mappa.ledger.core.body.BodyId;

/** The agreement was suspended from {@code effectiveAt}, for the reason given. */
@Revision("1")
public record AgreementSuspended(AgreementId agreementId, Instant effectiveAt, String reason, String recordedBy,
                          List<BodyId> parties) implements AgreementEvent {

    public AgreementSuspended {
        parties = List.copyOf(parties);
    }

    @Override
    public List<BodyId> bodiesInvolved() {
        return parties;
    }

    @Override
    public String summary() {
        return "Agreement " + agreementId + " suspended from " + effectiveAt + ": " + reason;
    }
}
