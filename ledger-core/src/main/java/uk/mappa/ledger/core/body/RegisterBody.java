package uk.mappa.ledger.core.body;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Enter a body in the register. Registering the same body with the same details again changes nothing. */
public record RegisterBody(@TargetAggregateIdentifier BodyId bodyId, String name, BodyKind kind, MappaArea area) {

    public RegisterBody {
        Objects.requireNonNull(bodyId, "bodyId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(area, "area");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A body needs a name");
        }
        name = name.strip();
    }
}
