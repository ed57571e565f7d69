package uk.mappa.ledger.core.body;

import org.axonframework.serialization.Revision;

/** A body ceased to exist without a successor; its history stays, it takes no new shares. */
@Revision("1")
public record BodyClosed(BodyId bodyId, String reason, String closedBy) implements BodyEvent {

    @Override
    public String summary() {
        return bodyId + " was closed: " + reason;
    }
}
