package uk.mappa.ledger.core.agreement;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.body.BodyId;

/**
 * Record that a party's signatory accepted the agreement.
 *
 * @param today the date the ledger records it; an acceptance cannot be dated later
 */
public record AcceptAgreement(@TargetAggregateIdentifier AgreementId agreementId, BodyId party, String signatoryRole,
                              LocalDate acceptedOn, LocalDate today, Actor actor) {

    public AcceptAgreement {
        Objects.requireNonNull(agreementId, "agreementId");
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(acceptedOn, "acceptedOn");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(actor, "actor");
    }
}
