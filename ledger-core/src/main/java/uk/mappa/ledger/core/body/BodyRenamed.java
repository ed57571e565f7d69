package uk.mappa.ledger.core.body;

import org.axonframework.serialization.Revision;

/**
 * A body took a new name, and perhaps a new kind (an LSCB became an LSCP in 2018): the same body, whose
 * earlier name stays in its history.
 */
@Revision("1")
public record BodyRenamed(BodyId bodyId, String formerName, BodyKind formerKind, String name, BodyKind kind,
                          String reason, String renamedBy) implements BodyEvent {

    @Override
    public String summary() {
        return formerName + " (" + bodyId + ") is now " + name + (formerKind == kind ? "" : ", a " + kind)
                + ": " + reason;
    }
}
