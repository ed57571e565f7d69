package uk.mappa.ledger.core.share;

import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.body.BodyId;

/**
 * A holder records that it destroyed its copy.
 *
 * @param recordedAt when the ledger records it; the destruction cannot be dated later
 */
public record RecordDestruction(@TargetAggregateIdentifier ShareId shareId, BodyId holder, DestructionReason reason,
                                Instant destroyedAt, Instant recordedAt, Actor actor) {

    public RecordDestruction {
        Objects.requireNonNull(shareId, "shareId");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(destroyedAt, "destroyedAt");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(actor, "actor");
    }
}
