package uk.mappa.ledger.core.share;

import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.body.BodyId;

/** A recipient confirms it received the share. */
public record AcknowledgeShare(@TargetAggregateIdentifier ShareId shareId, BodyId recipient, Instant acknowledgedAt,
                               Actor actor) {

    public AcknowledgeShare {
        Objects.requireNonNull(shareId, "shareId");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(acknowledgedAt, "acknowledgedAt");
        Objects.requireNonNull(actor, "actor");
    }
}
