package uk.mappa.ledger.core.agreement;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import uk.mappa.ledger.core.body.BodyId;

/** The parties reviewed the agreement and set the next review date. */
@Revision("1")
public record AgreementReviewed(AgreementId agreementId, LocalDate reviewedOn, LocalDate nextReviewDue, String note,
                                String reviewedBy, List<BodyId> parties) implements AgreementEvent {

    public AgreementReviewed {
        parties = List.copyOf(parties);
    }

    @Override
    public List<BodyId> bodiesInvolved() {
        return parties;
    }

    @Override
    public String summary() {
        return "Agreement " + agreementId + " reviewed on " + reviewedOn + "; next review due " + nextReviewDue;
    }
}
