package uk.mappa.ledger.core.body;

import org.axonframework.serialization.Revision;

/** A body was entered in the register. */
@Revision("1")
public record BodyRegistered(BodyId bodyId, String name, BodyKind kind, MappaArea area) implements BodyEvent {

    @Override
    public String summary() {
        return "Registered " + name + " (" + bodyId + ", " + kind + ", MAPPA area " + area + ")";
    }

}
