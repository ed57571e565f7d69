package uk.mappa.ledger.core.agreement;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import uk.mappa.ledger.core.body.BodyId;

/** Every party has accepted: the agreement covers shares from {@code activeFrom}, its effective date. */
@Revision("1")
public record AgreementActivated(AgreementId agreementId, Instant activeFrom, List<BodyId> parties)
        implements AgreementEvent {

    public AgreementActivated {
        parties = List.copyOf(parties);
    }

    @Override
    public List<BodyId> bodiesInvolved() {
        return parties;
    }

    @Override
    public String summary() {
        return "Agreement " + agreementId + " is in force from " + activeFrom + ": every party has accepted it";
    }
}
