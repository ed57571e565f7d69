package uk.mappa.ledger.core.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.share.Category;
import uk.mappa.ledger.core.share.LawfulBasis;

/**
 * Amend an agreement: a new version, with what changed and who authorised it. A term given as null stays as
 * it is.
 *
 * @param authorisedBy     the role of whoever authorised the amendment, as the version record names it
 * @param reviewAsRequired true to have no fixed review date from now on: review as required
 * @param today            the date in England and Wales when the amendment is recorded
 */
public record AmendAgreement(@TargetAggregateIdentifier AgreementId agreementId, String changes, String authorisedBy,
                             LocalDate amendedOn, List<Category> categories, List<LawfulBasis> lawfulBases,
                             LocalDate reviewDue, boolean reviewAsRequired, Boolean caseInformationNeedsArrangement,
                             LocalDate today, Actor actor) {

    public AmendAgreement {
        Objects.requireNonNull(agreementId, "agreementId");
        Objects.requireNonNull(amendedOn, "amendedOn");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(actor, "actor");
        categories = categories == null ? null : List.copyOf(categories);
        lawfulBases = lawfulBases == null ? null : List.copyOf(lawfulBases);
    }
}
