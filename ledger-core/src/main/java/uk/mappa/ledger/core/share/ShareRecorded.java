package uk.mappa.ledger.core.share;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.serialization.Revision;
import uk.mappa.ledger.core.body.BodyId;

/**
 * A provider shared a document with its recipients. Only the document's digest is recorded, never its
 * content.
 *
 * @param recordedBy the username of the person who recorded it
 */
@Revision("1")
public record ShareRecorded(ShareId shareId,
                            Category category,
                            String title,
                            BodyId provider,
                            List<BodyId> recipients,
                            LawfulBasis lawfulBasis,
                            String purpose,
                            ProtectiveMarking marking,
                            ContentDigest content,
                            Instant sharedAt,
                            String recordedBy) implements ShareEvent {

    public ShareRecorded {
        recipients = List.copyOf(recipients);
    }

    @Override
    public List<BodyId> bodiesInvolved() {
        List<BodyId> bodies = new ArrayList<>(recipients.size() + 1);
        bodies.add(provider);
        bodies.addAll(recipients);
        return List.copyOf(bodies);
    }

    @Override
    public String summary() {
        return provider + " shared " + category + " " + displayTitle() + " (" + marking.label() + ") with "
                + String.join(", ", recipients.stream().map(BodyId::value).toList());
    }

    /** Titles of SECRET and TOP SECRET material stay out of one-line summaries, which many people read. */
    private String displayTitle() {
        return marking.classification() == Classification.OFFICIAL ? "'" + title + "'" : "[title withheld]";
    }
}
