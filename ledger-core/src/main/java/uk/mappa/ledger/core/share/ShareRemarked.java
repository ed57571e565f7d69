package uk.mappa.ledger.core.share;

import java.util.List;
import org.axonframework.serialization.Revision;
import uk.mappa.ledger.core.body.BodyId;

/**
 * The provider changed the share's protective marking, for a recorded reason.
 *
 * @param onwardHolders registered third parties holding a copy through an onward disclosure: the change
 *                      reaches their copies too (empty in events recorded before third parties were tracked)
 */
@Revision("1")
public record ShareRemarked(ShareId shareId, BodyId provider, List<BodyId> recipients, List<BodyId> onwardHolders, ProtectiveMarking previous,
                            LegacyMarking legacyMarking, ProtectiveMarking marking, String reason,
                            String remarkedBy) implements ShareEvent {

    public ShareRemarked {
        recipients = List.copyOf(recipients);
        onwardHolders = onwardHolders == null ? List.of() : List.copyOf(onwardHolders);
    }

    @Override
    public List<BodyId> bodiesInvolved() {
        return ShareEvent.parties(provider, recipients, onwardHolders);
    }

    @Override
    public String summary() {
        return provider + " re-marked share " + shareId + " from " + new Marking(previous, legacyMarking).label()
                + " to " + marking.label() + ": " + reason;
    }
}
