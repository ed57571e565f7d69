package uk.mappa.ledger.core.agreement;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.mappa.ledger.core.actor.Actor;

/** Record a review of the agreement and the date of the next one. */
public record ReviewAgreement(@TargetAggregateIdentifier AgreementId agreementId, LocalDate reviewedOn,
                              LocalDate nextReviewDue, String note, Actor actor) {

    public ReviewAgreement {
        Objects.requireNonNull(agreementId, "agreementId");
        Objects.requireNonNull(reviewedOn, "reviewedOn");
        Objects.requireNonNull(nextReviewDue, "nextReviewDue");
        Objects.requireNonNull(actor, "actor");
    }
}
