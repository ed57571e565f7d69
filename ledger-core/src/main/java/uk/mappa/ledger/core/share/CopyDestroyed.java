package uk.mappa.ledger.core.share;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import uk.mappa.ledger.core.body.BodyId;

/** A holder destroyed its copy of the share. It no longer holds it; the history keeps the record. */
@Revision("1")
public record CopyDestroyed(ShareId shareId, BodyId provider, BodyId holder, DestructionReason reason,
                            Instant destroyedAt, String recordedBy) implements ShareEvent {

    @Override
    public List<BodyId> bodiesInvolved() {
        return holder.equals(provider) ? List.of(provider) : List.of(provider, holder);
    }

    @Override
    public String summary() {
        return holder + " destroyed its copy of share " + shareId + " (" + reason + ") on " + destroyedAt;
    }
}
