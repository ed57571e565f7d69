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
 * @param caseInformationNeedsArrangement whether case-specific information is shared under it only once the
 *                   parties have agreed how it will be managed (HIPS protocol 6.2)
 */
@Revision("1")
public record AgreementDrafted(AgreementId agreementId, AgreementKind kind, String title, List<BodyId> parties,
                               List<Category> categories, List<LawfulBasis> lawfulBases, LocalDate effectiveFrom,
                               LocalDate reviewDue, Period retention, String draftedBy,
                               Boolean caseInformationNeedsArrangement) implements AgreementEvent {

    public AgreementDrafted {
        // Drafted before handling arrangements existed: none needed.
        caseInformationNeedsArrangement = Boolean.TRUE.equals(caseInformationNeedsArrangement);
        parties = List.copyOf(parties);
        categories = List.copyOf(categories);
        lawfulBases = List.copyOf(lawfulBases);
    }

    /** An agreement under which case information needs no handling arrangement. */
    public AgreementDrafted(AgreementId agreementId, AgreementKind kind, String title, List<BodyId> parties,
                            List<Category> categories, List<LawfulBasis> lawfulBases, LocalDate effectiveFrom,
                            LocalDate reviewDue, Period retention, String draftedBy) {
        this(agreementId, kind, title, parties, categories, lawfulBases, effectiveFrom, reviewDue, retention, draftedBy,
                false);
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
