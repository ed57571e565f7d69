package uk.mappa.ledger.core.share;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.mappa.ledger.core.actor.Actor;

/** The provider gives the share a new Government Security Classification marking, with a reason. */
public record RemarkShare(@TargetAggregateIdentifier ShareId shareId, ProtectiveMarking marking, String reason,
                          Actor actor) {

    public RemarkShare {
        Objects.requireNonNull(shareId, "shareId");
        Objects.requireNonNull(marking, "marking");
        Objects.requireNonNull(actor, "actor");
    }
}
