package uk.mappa.ledger.projections.share;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.share.CopyDestroyed;
import uk.mappa.ledger.core.share.Descriptor;
import uk.mappa.ledger.core.share.OnwardDisclosureRecorded;
import uk.mappa.ledger.core.share.ProtectiveMarking;
import uk.mappa.ledger.core.share.ShareAcknowledged;
import uk.mappa.ledger.core.share.ShareCorrected;
import uk.mappa.ledger.core.share.ShareEvent;
import uk.mappa.ledger.core.share.ShareRecorded;
import uk.mappa.ledger.core.share.ShareRemarked;
import uk.mappa.ledger.core.share.ShareWithdrawn;

/**
 * A share as the API shows it: its current fields (corrections applied) and what has happened to it.
 * The field names are the API's contract. Built by {@link #evolve}, which the projection and the
 * read-back of a just-recorded share both use.
 *
 * @param marking         null only for historical material that carries a {@code legacyMarking} alone
 * @param titleWithheld   true when the reader may not see the title of SECRET or TOP SECRET material
 * @param status          {@code RECORDED} or {@code WITHDRAWN}
 */
public record ShareView(String id,
                        String agreementId,
                        String category,
                        String title,
                        boolean titleWithheld,
                        String providerBodyId,
                        List<String> recipientBodyIds,
                        String lawfulBasis,
                        String purpose,
                        Marking marking,
                        String legacyMarking,
                        boolean restrictedMarking,
                        String contentSha256,
                        Instant sharedAt,
                        Instant retainUntil,
                        String recordedBy,
                        Instant recordedAt,
                        String status,
                        Withdrawal withdrawal,
                        List<Receipt> acknowledgements,
                        List<Destruction> destructions,
                        List<Change> changes,
                        List<OnwardDisclosure> onwardDisclosures) {

    public ShareView {
        recipientBodyIds = List.copyOf(recipientBodyIds);
        acknowledgements = List.copyOf(acknowledgements);
        destructions = List.copyOf(destructions);
        changes = List.copyOf(changes);
        onwardDisclosures = onwardDisclosures == null ? List.of() : List.copyOf(onwardDisclosures);
    }

    /** The protective marking: classification, SENSITIVE caveat, descriptors. */
    public record Marking(String classification, boolean sensitive, List<String> descriptors) {

        static Marking of(ProtectiveMarking marking) {
            return marking == null ? null : new Marking(marking.classification().name(), marking.sensitive(),
                    marking.descriptors().stream().map(Descriptor::name).toList());
        }
    }

    /** The provider withdrew the share. */
    public record Withdrawal(Instant withdrawnAt, String withdrawnBy, String reason) {
    }

    /** A recipient acknowledged receipt. */
    public record Receipt(String bodyId, Instant acknowledgedAt, String acknowledgedBy) {
    }

    /** A holder destroyed its copy. */
    public record Destruction(String bodyId, Instant destroyedAt, String reason, String recordedBy) {
    }

    /** A correction or re-marking: the original stays in the audit trail, this says what superseded it. */
    public record Change(String kind, Instant at, String by, List<String> fields, String reason) {
    }

    /**
     * A disclosure to a third party with the provider's written consent, and the evidence for it.
     *
     * @param consentDocument the signed consent bytes, base64
     * @param signature       the CMS detached signature, DER in base64
     */
    public record OnwardDisclosure(int number, String disclosedBy, String discloserBodyId, String thirdPartyName,
                                   String thirdPartyBodyId, String purpose, String lawfulBasis, String conditions,
                                   Instant consentExpires, Instant disclosedAt, String signerFingerprint,
                                   Instant signedAt, String consentDocument, String signature) {
    }

    /** The view after one more event; {@code current} is null before the share was recorded. */
    public static ShareView evolve(ShareView current, ShareEvent event, Instant at) {
        if (event instanceof ShareRecorded recorded) {
            return new ShareView(recorded.shareId().toString(), recorded.agreementId().toString(),
                    recorded.category().name(), recorded.title(), false, recorded.provider().value(),
                    recorded.recipients().stream().map(BodyId::value).toList(), recorded.lawfulBasis().name(),
                    recorded.purpose(), Marking.of(recorded.marking()),
                    recorded.legacyMarking() == null ? null : recorded.legacyMarking().name(),
                    recorded.markings().restrictsTitle(), recorded.content().sha256(), recorded.sharedAt(),
                    recorded.retainUntil(), recorded.recordedBy(), at, "RECORDED", null, List.of(), List.of(),
                    List.of(), List.of());
        }
        if (event instanceof ShareAcknowledged acknowledged) {
            return current.withAcknowledgements(append(current.acknowledgements, new Receipt(
                    acknowledged.recipient().value(), acknowledged.acknowledgedAt(), acknowledged.acknowledgedBy())));
        }
        if (event instanceof ShareRemarked remarked) {
            ShareView remarkedView = new ShareView(current.id, current.agreementId, current.category, current.title,
                    false, current.providerBodyId, current.recipientBodyIds, current.lawfulBasis, current.purpose,
                    Marking.of(remarked.marking()), current.legacyMarking,
                    remarked.marking().classification() != uk.mappa.ledger.core.share.Classification.OFFICIAL,
                    current.contentSha256, current.sharedAt, current.retainUntil, current.recordedBy,
                    current.recordedAt, current.status, current.withdrawal, current.acknowledgements,
                    current.destructions, current.changes, current.onwardDisclosures);
            return remarkedView.withChange(new Change("REMARKED", at, remarked.remarkedBy(), List.of("marking"),
                    remarked.reason()));
        }
        if (event instanceof ShareCorrected corrected) {
            ShareView correctedView = new ShareView(current.id, current.agreementId, current.category,
                    orElse(corrected.title(), current.title), false, current.providerBodyId, current.recipientBodyIds,
                    corrected.lawfulBasis() == null ? current.lawfulBasis : corrected.lawfulBasis().name(),
                    orElse(corrected.purpose(), current.purpose), current.marking, current.legacyMarking,
                    current.restrictedMarking,
                    corrected.content() == null ? current.contentSha256 : corrected.content().sha256(),
                    orElse(corrected.sharedAt(), current.sharedAt), orElse(corrected.retainUntil(), current.retainUntil),
                    current.recordedBy, current.recordedAt, current.status, current.withdrawal,
                    current.acknowledgements, current.destructions, current.changes, current.onwardDisclosures);
            return correctedView.withChange(new Change("CORRECTED", at, corrected.correctedBy(),
                    corrected.correctedFields(), corrected.reason()));
        }
        if (event instanceof ShareWithdrawn withdrawn) {
            return new ShareView(current.id, current.agreementId, current.category, current.title, false,
                    current.providerBodyId, current.recipientBodyIds, current.lawfulBasis, current.purpose,
                    current.marking, current.legacyMarking, current.restrictedMarking, current.contentSha256,
                    current.sharedAt, current.retainUntil, current.recordedBy, current.recordedAt, "WITHDRAWN",
                    new Withdrawal(withdrawn.withdrawnAt(), withdrawn.withdrawnBy(), withdrawn.reason()),
                    current.acknowledgements, current.destructions, current.changes, current.onwardDisclosures);
        }
        if (event instanceof CopyDestroyed destroyed) {
            return new ShareView(current.id, current.agreementId, current.category, current.title, false,
                    current.providerBodyId, current.recipientBodyIds, current.lawfulBasis, current.purpose,
                    current.marking, current.legacyMarking, current.restrictedMarking, current.contentSha256,
                    current.sharedAt, current.retainUntil, current.recordedBy, current.recordedAt, current.status,
                    current.withdrawal, current.acknowledgements, append(current.destructions,
                    new Destruction(destroyed.holder().value(), destroyed.destroyedAt(), destroyed.reason().name(),
                            destroyed.recordedBy())), current.changes, current.onwardDisclosures);
        }
        if (event instanceof OnwardDisclosureRecorded disclosed) {
            return new ShareView(current.id, current.agreementId, current.category, current.title, false,
                    current.providerBodyId, current.recipientBodyIds, current.lawfulBasis, current.purpose,
                    current.marking, current.legacyMarking, current.restrictedMarking, current.contentSha256,
                    current.sharedAt, current.retainUntil, current.recordedBy, current.recordedAt, current.status,
                    current.withdrawal, current.acknowledgements, current.destructions, current.changes,
                    append(current.onwardDisclosures, new OnwardDisclosure(disclosed.number(), disclosed.disclosedBy(),
                            disclosed.discloser().value(), disclosed.thirdPartyName(),
                            disclosed.thirdPartyBodyId() == null ? null : disclosed.thirdPartyBodyId().value(),
                            disclosed.purpose(), disclosed.lawfulBasis(), disclosed.conditions(),
                            disclosed.consentExpires(), disclosed.disclosedAt(), disclosed.signerFingerprint(),
                            disclosed.signedAt(), disclosed.consentDocument(), disclosed.signature())));
        }
        // A refused onward disclosure changes nothing the share shows; the audit trail records it.
        return current;
    }

    /** The same share with its title left out, for readers who may see SECRET material only as metadata. */
    public ShareView withTitleWithheld() {
        return new ShareView(id, agreementId, category, null, true, providerBodyId, recipientBodyIds, lawfulBasis,
                purpose, marking, legacyMarking, restrictedMarking, contentSha256, sharedAt, retainUntil, recordedBy,
                recordedAt, status, withdrawal, acknowledgements, destructions, changes, onwardDisclosures);
    }

    private ShareView withAcknowledgements(List<Receipt> receipts) {
        return new ShareView(id, agreementId, category, title, titleWithheld, providerBodyId, recipientBodyIds,
                lawfulBasis, purpose, marking, legacyMarking, restrictedMarking, contentSha256, sharedAt, retainUntil,
                recordedBy, recordedAt, status, withdrawal, receipts, destructions, changes, onwardDisclosures);
    }

    private ShareView withChange(Change change) {
        return new ShareView(id, agreementId, category, title, titleWithheld, providerBodyId, recipientBodyIds,
                lawfulBasis, purpose, marking, legacyMarking, restrictedMarking, contentSha256, sharedAt, retainUntil,
                recordedBy, recordedAt, status, withdrawal, acknowledgements, destructions, append(changes, change),
                onwardDisclosures);
    }

    /** Every body taking part in the share, provider first. */
    public List<String> parties() {
        return Stream.concat(Stream.of(providerBodyId), recipientBodyIds.stream()).toList();
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> more = new ArrayList<>(list);
        more.add(item);
        return more;
    }

    private static <T> T orElse(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
