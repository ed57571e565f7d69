package uk.mappa.ledger.projections;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.share.Category;
import uk.mappa.ledger.core.share.ContentDigest;
import uk.mappa.ledger.core.share.LawfulBasis;
import uk.mappa.ledger.core.share.ProtectiveMarking;
import uk.mappa.ledger.core.share.ShareId;
import uk.mappa.ledger.core.share.ShareRecorded;

/** Events as the projections receive them, for tests. */
public final class Events {

    public static final uk.mappa.ledger.core.agreement.AgreementId AGREEMENT =
            uk.mappa.ledger.core.agreement.AgreementId.named("projection-test");

    private Events() {
    }

    public static ShareRecorded shareRecorded(ShareId id, Category category, String provider, List<String> recipients,
                                              ProtectiveMarking marking, Instant sharedAt) {
        return new ShareRecorded(id, AGREEMENT, category, "A " + category + " document", new BodyId(provider),
                recipients.stream().map(BodyId::new).toList(), LawfulBasis.CJA_2003_S325, "purpose", marking, null,
                new ContentDigest("ab".repeat(32)), sharedAt, sharedAt.plus(java.time.Duration.ofDays(365)),
                "manager." + provider);
    }

    public static GenericDomainEventMessage<Object> message(Object payload, String aggregateId, Instant at,
                                                            String user, String body) {
        Map<String, Object> meta = body == null
                ? Map.of("userId", user, "correlationId", "corr-1")
                : Map.of("userId", user, "bodyId", body, "correlationId", "corr-1");
        return new GenericDomainEventMessage<>("Share", aggregateId, 0, payload, MetaData.from(meta),
                java.util.UUID.randomUUID().toString(), at);
    }

    public static TrackingToken at(long position) {
        return new GlobalSequenceTrackingToken(position);
    }
}
