package uk.mappa.ledger.core.share;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import uk.mappa.ledger.core.body.BodyId;

/** The provider withdrew the share and asks every recipient to destroy its copy. */
@Revision("1")
public record ShareWithdrawn(ShareId shareId, BodyId provider, List<BodyId> recipients, String reason,
                             Instant withdrawnAt, String withdrawnBy) implements ShareEvent {

    public ShareWithdrawn {
        recipients = List.copyOf(recipients);
    }

    @Override
    public List<BodyId> bodiesInvolved() {
        return ShareEvent.parties(provider, recipients);
    }

    @Override
    public String summary() {
        return provider + " withdrew share " + shareId + " and asked its recipients to destroy their copies: " + reason;
    }
}
