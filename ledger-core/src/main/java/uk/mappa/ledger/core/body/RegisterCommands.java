package uk.mappa.ledger.core.body;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.mappa.ledger.core.actor.Actor;

/** How a register administrator changes a registered body; each change is its own event. */
public final class RegisterCommands {

    private RegisterCommands() {
    }

    /** Give a body a new name, and an LSCB the kind LSCP. */
    public record RenameBody(@TargetAggregateIdentifier BodyId bodyId, String name, BodyKind kind, String reason,
                             Actor actor) {

        public RenameBody {
            Objects.requireNonNull(bodyId, "bodyId");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(actor, "actor");
        }
    }

    /** Merge a body into another of the same MAPPA area. */
    public record MergeBody(@TargetAggregateIdentifier BodyId bodyId, BodyId into, String reason, Actor actor) {

        public MergeBody {
            Objects.requireNonNull(bodyId, "bodyId");
            Objects.requireNonNull(into, "into");
            Objects.requireNonNull(actor, "actor");
        }
    }

    /** Close a body that has ceased to exist. */
    public record CloseBody(@TargetAggregateIdentifier BodyId bodyId, String reason, Actor actor) {

        public CloseBody {
            Objects.requireNonNull(bodyId, "bodyId");
            Objects.requireNonNull(actor, "actor");
        }
    }
}
