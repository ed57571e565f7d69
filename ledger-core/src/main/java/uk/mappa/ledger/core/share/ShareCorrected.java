package uk.mappa.ledger.core.share;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.serialization.Revision;
import uk.mappa.ledger.core.body.BodyId;

/**
 * The provider corrected fields of the share. The original {@link ShareRecorded} stays in the history;
 * each non-null field here supersedes it.
 *
 * @param retainUntil   recomputed when the share date changes
 * @param onwardHolders registered third parties holding a copy through an onward disclosure: the change
 *                      reaches their copies too (empty in events recorded before third parties were tracked)
 */
@Revision("1")
public record ShareCorrected(ShareId shareId, BodyId provider, List<BodyId> recipients, List<BodyId> onwardHolders, String title, String purpose,
                             LawfulBasis lawfulBasis, ContentDigest content, Instant sharedAt, Instant retainUntil,
                             String reason, String correctedBy) implements ShareEvent {

    public ShareCorrected {
        recipients = List.copyOf(recipients);
        onwardHolders = onwardHolders == null ? List.of() : List.copyOf(onwardHolders);
    }

    /** The names of the fields this correction changes. */
    public List<String> correctedFields() {
        List<String> fields = new ArrayList<>();
        if (title != null) {
            fields.add("title");
        }
        if (purpose != null) {
            fields.add("purpose");
        }
        if (lawfulBasis != null) {
            fields.add("lawfulBasis");
        }
        if (content != null) {
            fields.add("contentSha256");
        }
        if (sharedAt != null) {
            fields.add("sharedAt");
        }
        return fields;
    }

    @Override
    public List<BodyId> bodiesInvolved() {
        return ShareEvent.parties(provider, recipients, onwardHolders);
    }

    @Override
    public String summary() {
        return provider + " corrected " + String.join(", ", correctedFields()) + " of share " + shareId + ": " + reason;
    }
}
