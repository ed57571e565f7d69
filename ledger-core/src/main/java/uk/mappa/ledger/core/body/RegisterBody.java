package uk.mappa.ledger.core.body;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.mappa.ledger.core.actor.Actor;

/**
 * Enter a body in the register. Registering the same body with the same details again changes nothing.
 *
 * @param actor a register administrator of the body's MAPPA area, or the ledger seeding its register
 */
public record RegisterBody(@TargetAggregateIdentifier BodyId bodyId, String name, BodyKind kind, MappaArea area,
                           Actor actor) {

    public RegisterBody {
        Objects.requireNonNull(bodyId, "bodyId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(actor, "actor");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A body needs a name");
        }
        name = name.strip();
    }
}
