package uk.mappa.ledger.core.agreement;

import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.mappa.ledger.core.actor.Actor;

/**
 * Suspend, reinstate or terminate an agreement from an instant, for a reason.
 *
 * @param change SUSPENDED, ACTIVE (reinstate) or TERMINATED
 */
public record ChangeAgreementStatus(@TargetAggregateIdentifier AgreementId agreementId, AgreementStatus change,
                                    Instant effectiveAt, String reason, Actor actor) {

    public ChangeAgreementStatus {
        Objects.requireNonNull(agreementId, "agreementId");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(effectiveAt, "effectiveAt");
        Objects.requireNonNull(actor, "actor");
        if (change == AgreementStatus.DRAFT) {
            throw new IllegalArgumentException("An agreement cannot be returned to draft");
        }
    }
}
