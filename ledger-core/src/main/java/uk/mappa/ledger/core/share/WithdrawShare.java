package uk.mappa.ledger.core.share;

import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.mappa.ledger.core.actor.Actor;

/** The provider withdraws a share (sent in error, for example); recipients are asked to destroy it. */
public record WithdrawShare(@TargetAggregateIdentifier ShareId shareId, String reason, Instant withdrawnAt,
                            Actor actor) {

    public WithdrawShare {
        Objects.requireNonNull(shareId, "shareId");
        Objects.requireNonNull(withdrawnAt, "withdrawnAt");
        Objects.requireNonNull(actor, "actor");
    }
}
