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
 * @param retainUntil recomputed when the share date changes
 */
@Revision("1")
public record ShareCorrected(ShareId shareId, BodyId provider, List<BodyId> recipients, String title, String purpose,
                             LawfulBasis lawfulBasis, ContentDigest content, Instant sharedAt, Instant retainUntil,
                             String reason, String correctedBy) implements ShareEvent {

    public ShareCorrected {
        recipients = List.copyOf(recipients);
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
        return ShareEvent.parties(provider, recipients);
    }

    @Override
    public String summary() {
        return provider + " corrected " + String.join(", ", correctedFields()) + " of share " + shareId + ": " + reason;
    }
}
