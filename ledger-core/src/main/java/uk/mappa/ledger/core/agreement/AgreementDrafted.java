package uk.mappa.ledger.core.agreement;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.axonframework.serialization.Revision;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.share.Category;
import uk.mappa.ledger.core.share.LawfulBasis;

/**
 * An agreement was drafted between named bodies.
 *
 * @param reviewDue  when the parties must review it; null when the document gives no date
 * @param retention  how long information shared under it is kept, from the share date, unless a share
 *                   says otherwise
 */
@Revision("1")
public record AgreementDrafted(AgreementId agreementId, AgreementKind kind, String title, List<BodyId> parties,
                               List<Category> categories, List<LawfulBasis> lawfulBases, LocalDate effectiveFrom,
                               LocalDate reviewDue, Period retention, String draftedBy) implements AgreementEvent {

    public AgreementDrafted {
        parties = List.copyOf(parties);
        categories = List.copyOf(categories);
        lawfulBases = List.copyOf(lawfulBases);
    }

    @Override
    public List<BodyId> bodiesInvolved() {
        return parties;
    }

    @Override
    public String summary() {
        return "Drafted " + kind + " '" + title + "' between " + String.join(", ",
                parties.stream().map(BodyId::value).toList());
    }
}
