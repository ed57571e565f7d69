package uk.mappa.ledger.core.agreement;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.share.Category;
import uk.mappa.ledger.core.share.LawfulBasis;

/**
 * A new version of an agreement: its terms as amended (in full, not as differences), what changed in words and
 * who authorised it.
 *
 * @param reviewDue null for a review as required
 */
@Revision("1")
public record AgreementAmended(AgreementId agreementId, int version, String changes, String authorisedBy,
                               LocalDate amendedOn, List<Category> categories, List<LawfulBasis> lawfulBases,
                               LocalDate reviewDue, boolean caseInformationNeedsArrangement, String amendedBy,
                               List<BodyId> parties) implements AgreementEvent {

    public AgreementAmended {
        categories = List.copyOf(categories);
        lawfulBases = List.copyOf(lawfulBases);
        parties = List.copyOf(parties);
    }

    @Override
    public List<BodyId> bodiesInvolved() {
        return parties;
    }

    @Override
    public String summary() {
        return "Agreement " + agreementId + " amended (version " + version + "), authorised by " + authorisedBy + ": "
                + changes;
    }
}
