package uk.mappa.ledger.projections.share;

import java.time.Instant;
import java.util.List;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.share.Descriptor;
import uk.mappa.ledger.core.share.ProtectiveMarking;
import uk.mappa.ledger.core.share.ShareRecorded;

/** A recorded share as the API shows it; the field names are the API's contract. */
public record ShareView(String id,
                        String category,
                        String title,
                        String providerBodyId,
                        List<String> recipientBodyIds,
                        String lawfulBasis,
                        String purpose,
                        Marking marking,
                        String contentSha256,
                        Instant sharedAt,
                        String recordedBy,
                        Instant recordedAt) {

    /** The protective marking: classification, SENSITIVE caveat, descriptors. */
    public record Marking(String classification, boolean sensitive, List<String> descriptors) {

        static Marking of(ProtectiveMarking marking) {
            return new Marking(marking.classification().name(), marking.sensitive(),
                    marking.descriptors().stream().map(Descriptor::name).toList());
        }
    }

    /** The view of a share the moment it was recorded. */
    public static ShareView of(ShareRecorded event, Instant recordedAt) {
        return new ShareView(event.shareId().toString(), event.category().name(), event.title(),
                event.provider().value(), event.recipients().stream().map(BodyId::value).toList(),
                event.lawfulBasis().name(), event.purpose(), Marking.of(event.marking()), event.content().sha256(),
                event.sharedAt(), event.recordedBy(), recordedAt);
    }

    /** Every body taking part in the share, provider first. */
    public List<String> parties() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(providerBodyId), recipientBodyIds.stream())
                .toList();
    }
}
