package uk.mappa.ledger.core.body;

import java.util.List;
import org.axonframework.serialization.Revision;

/** A body was merged into another, which carries its work on; it takes no new shares itself. */
@Revision("1")
public record BodyMerged(BodyId bodyId, BodyId into, String reason, String mergedBy) implements BodyEvent {

    @Override
    public List<BodyId> bodiesInvolved() {
        return List.of(bodyId, into);
    }

    @Override
    public String summary() {
        return bodyId + " was merged into " + into + ": " + reason;
    }
}
