package uk.mappa.ledger.core.share;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import uk.mappa.ledger.core.body.BodyId;

/** A recipient confirmed it received the share. */
@Revision("1")
public record ShareAcknowledged(ShareId shareId, BodyId provider, BodyId recipient, Instant acknowledgedAt,
                                String acknowledgedBy) implements ShareEvent {

    @Override
    public List<BodyId> bodiesInvolved() {
        return List.of(provider, recipient);
    }

    @Override
    public String summary() {
        return recipient + " acknowledged receipt of share " + shareId + " from " + provider;
    }
}
