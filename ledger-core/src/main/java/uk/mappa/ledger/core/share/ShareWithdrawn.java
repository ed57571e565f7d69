package uk.mappa.ledger.core.share;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import uk.mappa.ledger.core.body.BodyId;

/**
 * The provider withdrew the share and asks every holder (recipients and third parties) to destroy its copy.
 *
 * @param onwardHolders registered third parties holding a copy through an onward disclosure: the change
 *                      reaches their copies too (empty in events recorded before third parties were tracked)
 */
@Revision("1")
public record ShareWithdrawn(ShareId shareId, BodyId provider, List<BodyId> recipients, List<BodyId> onwardHolders, String reason,
                             Instant withdrawnAt, String withdrawnBy) implements ShareEvent {

    public ShareWithdrawn {
        recipients = List.copyOf(recipients);
        onwardHolders = onwardHolders == null ? List.of() : List.copyOf(onwardHolders);
    }

    @Override
    public List<BodyId> bodiesInvolved() {
        return ShareEvent.parties(provider, recipients, onwardHolders);
    }

    @Override
    public String summary() {
        return provider + " withdrew share " + shareId + " and asked every holder to destroy its copy: " + reason;
    }
}
