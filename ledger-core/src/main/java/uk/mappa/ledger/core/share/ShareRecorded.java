package uk.mappa.ledger.core.share;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import uk.mappa.ledger.core.agreement.AgreementId;
import uk.mappa.ledger.core.arrangement.HandlingArrangementId;
import uk.mappa.ledger.core.body.BodyId;

/**
 * A provider shared a document with its recipients under an agreement. Only the document's digest is
 * recorded, never its content.
 *
 * @param marking       null only on historical material that carries a legacy marking
 * @param legacyMarking the GPMS marking of material from before April 2014, as it was marked
 * @param retainUntil   when copies are due for destruction
 * @param recordedBy    the stable identifier of the person who recorded it
 * @param link          the record it comes from, or null (and absent from shares recorded before links)
 */
@Revision("1")
public record ShareRecorded(ShareId shareId,
                            AgreementId agreementId,
                            Category category,
                            String title,
                            BodyId provider,
                            List<BodyId> recipients,
                            LawfulBasis lawfulBasis,
                            String purpose,
                            ProtectiveMarking marking,
                            LegacyMarking legacyMarking,
                            ContentDigest content,
                            Instant sharedAt,
                            Instant retainUntil,
                            String recordedBy,
                            HandlingArrangementId handlingArrangement,
                            ShareLink link) implements ShareEvent {

    public ShareRecorded {
        recipients = List.copyOf(recipients);
    }

    /** A share made under its agreement alone. */
    public ShareRecorded(ShareId shareId, AgreementId agreementId, Category category, String title, BodyId provider,
                         List<BodyId> recipients, LawfulBasis lawfulBasis, String purpose, ProtectiveMarking marking,
                         LegacyMarking legacyMarking, ContentDigest content, Instant sharedAt, Instant retainUntil,
                         String recordedBy) {
        this(shareId, agreementId, category, title, provider, recipients, lawfulBasis, purpose, marking, legacyMarking,
                content, sharedAt, retainUntil, recordedBy, null, null);
    }

    public Marking markings() {
        return new Marking(marking, legacyMarking);
    }

    @Override
    public List<BodyId> bodiesInvolved() {
        return ShareEvent.parties(provider, recipients);
    }

    @Override
    public String summary() {
        // Never the title: whether a reader may see it depends on the marking the share has when it is read.
        return provider + " shared " + category + " (" + markings().label() + ") with " + String.join(", ", recipients.stream().map(BodyId::value).toList())
                + " under agreement " + agreementId;
    }
}
