package uk.mappa.ledger.core.agreement;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.share.Category;
import uk.mappa.ledger.core.share.LawfulBasis;

/**
 * Draft a written agreement between named bodies; it covers nothing until every party accepts it.
 *
 * @param reviewDue null for a review "as required", flagged when a legislative change is recorded
 */
public record DraftAgreement(@TargetAggregateIdentifier AgreementId agreementId, AgreementKind kind, String title,
                             List<BodyId> parties, List<Category> categories, List<LawfulBasis> lawfulBases,
                             LocalDate effectiveFrom, LocalDate reviewDue, Period retention,
                             boolean caseInformationNeedsArrangement, Actor actor) {

    public DraftAgreement {
        Objects.requireNonNull(agreementId, "agreementId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(actor, "actor");
        parties = List.copyOf(parties);
        categories = List.copyOf(categories);
        lawfulBases = List.copyOf(lawfulBases);
    }

    /** An agreement under which case information needs no handling arrangement. */
    public DraftAgreement(AgreementId agreementId, AgreementKind kind, String title, List<BodyId> parties,
                          List<Category> categories, List<LawfulBasis> lawfulBases, LocalDate effectiveFrom,
                          LocalDate reviewDue, Period retention, Actor actor) {
        this(agreementId, kind, title, parties, categories, lawfulBases, effectiveFrom, reviewDue, retention, false,
                actor);
    }
}
