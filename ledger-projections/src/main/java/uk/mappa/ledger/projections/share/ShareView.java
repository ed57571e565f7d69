package uk.mappa.ledger.projections.share;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.share.CopyDestroyed;
import uk.mappa.ledger.core.share.Descriptor;
import uk.mappa.ledger.core.share.OnwardDisclosureRecorded;
import uk.mappa.ledger.core.share.ProtectiveMarking;
import uk.mappa.ledger.core.share.ReportConsidered;
import uk.mappa.ledger.core.share.ShareAcknowledged;
import uk.mappa.ledger.core.share.ShareCorrected;
import uk.mappa.ledger.core.share.ShareEvent;
import uk.mappa.ledger.core.share.ShareRecorded;
import uk.mappa.ledger.core.share.ShareLink;
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
 * @param handlingArrangementId the handling arrangement case information was shared under, or null
 * @param caseReviewId    the case review whose learning it shares, or null
 * @param minutesRequestId the minutes request whose chair agreed the executive summary it discloses, or null
 */
public record ShareView(String id,
                        String agreementId,
                        String handlingArrangementId,
                        String caseReviewId,
                        String minutesRequestId,
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
                        List<OnwardDisclosure> onwardDisclosures,
                        List<Consideration> considerations) {

    public ShareView {
        recipientBodyIds = List.copyOf(recipientBodyIds);
        acknowledgements = List.copyOf(acknowledgements);
        destructions = List.copyOf(destructions);
        changes = List.copyOf(changes);
        onwardDisclosures = onwardDisclosures == null ? List.of() : List.copyOf(onwardDisclosures);
        considerations = considerations == null ? List.of() : List.copyOf(considerations);
    }

    /** The protective marking: classification, SENSITIVE caveat, descriptors. */
    public record Marking(String classification, boolean sensitive, List<String> descriptors) {

        /** As it is written on the document, e.g. {@code OFFICIAL-SENSITIVE PERSONAL}. */
        public String label() {
            return new ProtectiveMarking(uk.mappa.ledger.core.share.Classification.valueOf(classification), sensitive,
                    descriptors.stream().map(Descriptor::valueOf).toList()).label();
        }

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

    /** A receiving board considered an annual report, and took these priorities into its business plan. */
    public record Consideration(String boardBodyId, LocalDate meetingOn, List<String> priorities,
                                String recordedBy) {
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
     * @param signedAt        when the signature was judged: on receipt, or at a trusted RFC 3161 time-stamp
     * @param consentDocument the signed consent bytes, base64
     * @param signature       the CMS detached signature, DER in base64
     * @param consentId       the consent's unique id (null for disclosures from before consents carried one)
     */
    public record OnwardDisclosure(int number, String disclosedBy, String discloserBodyId, String thirdPartyName,
                                   String thirdPartyBodyId, String purpose, String lawfulBasis, String conditions,
                                   Instant consentExpires, Instant disclosedAt, String signerFingerprint,
                                   Instant signedAt, String consentDocument, String signature, String consentId) {
    }

    /** The view after one more event; {@code current} is null before the share was recorded. */
    public static ShareView evolve(ShareView current, ShareEvent event, Instant at) {
        if (event instanceof ShareRecorded recorded) {
            return new ShareView(recorded.shareId().toString(), recorded.agreementId().toString(),
                    recorded.handlingArrangement() == null ? null : recorded.handlingArrangement().toString(),
                    linked(recorded, ShareLink.Kind.CASE_REVIEW), linked(recorded, ShareLink.Kind.MINUTES_REQUEST),
                    recorded.category().name(), recorded.title(), false, recorded.provider().value(),
                    recorded.recipients().stream().map(BodyId::value).toList(), recorded.lawfulBasis().name(),
                    recorded.purpose(), Marking.of(recorded.marking()),
                    recorded.legacyMarking() == null ? null : recorded.legacyMarking().name(),
                    recorded.markings().restrictsTitle(), recorded.content().sha256(), recorded.sharedAt(),
                    recorded.retainUntil(), recorded.recordedBy(), at, "RECORDED", null, List.of(), List.of(),
                    List.of(), List.of(), List.of());
        }
        Builder next = new Builder(current);
        if (event instanceof ShareAcknowledged acknowledged) {
            next.acknowledgements.add(new Receipt(acknowledged.recipient().value(), acknowledged.acknowledgedAt(),
                    acknowledged.acknowledgedBy()));
        } else if (event instanceof ShareRemarked remarked) {
            next.marking = Marking.of(remarked.marking());
            next.restrictedMarking = new uk.mappa.ledger.core.share.Marking(remarked.marking(),
                    remarked.legacyMarking()).restrictsTitle();
            next.changes.add(new Change("REMARKED", at, remarked.remarkedBy(), List.of("marking"), remarked.reason()));
        } else if (event instanceof ShareCorrected corrected) {
            next.title = orElse(corrected.title(), current.title);
            next.purpose = orElse(corrected.purpose(), current.purpose);
            next.lawfulBasis = corrected.lawfulBasis() == null ? current.lawfulBasis : corrected.lawfulBasis().name();
            next.contentSha256 = corrected.content() == null ? current.contentSha256 : corrected.content().sha256();
            next.sharedAt = orElse(corrected.sharedAt(), current.sharedAt);
            next.retainUntil = orElse(corrected.retainUntil(), current.retainUntil);
            next.changes.add(new Change("CORRECTED", at, corrected.correctedBy(), corrected.correctedFields(),
                    corrected.reason()));
        } else if (event instanceof ShareWithdrawn withdrawn) {
            next.status = "WITHDRAWN";
            next.withdrawal = new Withdrawal(withdrawn.withdrawnAt(), withdrawn.withdrawnBy(), withdrawn.reason());
        } else if (event instanceof CopyDestroyed destroyed) {
            next.destructions.add(new Destruction(destroyed.holder().value(), destroyed.destroyedAt(),
                    destroyed.reason().name(), destroyed.recordedBy()));
        } else if (event instanceof OnwardDisclosureRecorded disclosed) {
            next.onwardDisclosures.add(new OnwardDisclosure(disclosed.number(), disclosed.disclosedBy(),
                    disclosed.discloser().value(), disclosed.thirdPartyName(),
                    disclosed.thirdPartyBodyId() == null ? null : disclosed.thirdPartyBodyId().value(),
                    disclosed.purpose(), disclosed.lawfulBasis(), disclosed.conditions(), disclosed.consentExpires(),
                    disclosed.disclosedAt(), disclosed.signerFingerprint(), disclosed.signedAt(),
                    disclosed.consentDocument(), disclosed.signature(), disclosed.consentId()));
        } else if (event instanceof ReportConsidered considered) {
            next.considerations.add(new Consideration(considered.board().value(), considered.meetingOn(),
                    considered.priorities(), considered.recordedBy()));
        }
        // A refused onward disclosure changes nothing the share shows; the audit trail records it.
        return next.build();
    }

    private static String linked(ShareRecorded recorded, ShareLink.Kind kind) {
        return recorded.link() != null && recorded.link().kind() == kind ? recorded.link().id().toString() : null;
    }

    /** The same share with its title left out, for readers who may see SECRET material only as metadata. */
    public ShareView withTitleWithheld() {
        Builder withheld = new Builder(this);
        withheld.title = null;
        withheld.titleWithheld = true;
        return withheld.build();
    }

    /** Copies a view to change some of its fields: records have no setters. */
    private static final class Builder {
        private final ShareView from;
        private String title;
        private boolean titleWithheld;
        private String lawfulBasis;
        private String purpose;
        private Marking marking;
        private boolean restrictedMarking;
        private String contentSha256;
        private Instant sharedAt;
        private Instant retainUntil;
        private String status;
        private Withdrawal withdrawal;
        private final List<Receipt> acknowledgements;
        private final List<Destruction> destructions;
        private final List<Change> changes;
        private final List<OnwardDisclosure> onwardDisclosures;
        private final List<Consideration> considerations;

        Builder(ShareView from) {
            this.from = from;
            title = from.title;
            titleWithheld = from.titleWithheld;
            lawfulBasis = from.lawfulBasis;
            purpose = from.purpose;
            marking = from.marking;
            restrictedMarking = from.restrictedMarking;
            contentSha256 = from.contentSha256;
            sharedAt = from.sharedAt;
            retainUntil = from.retainUntil;
            status = from.status;
            withdrawal = from.withdrawal;
            acknowledgements = new ArrayList<>(from.acknowledgements);
            destructions = new ArrayList<>(from.destructions);
            changes = new ArrayList<>(from.changes);
            onwardDisclosures = new ArrayList<>(from.onwardDisclosures);
            considerations = new ArrayList<>(from.considerations);
        }

        ShareView build() {
            return new ShareView(from.id, from.agreementId, from.handlingArrangementId, from.caseReviewId, from.minutesRequestId,
                    from.category,
                    title,
                    titleWithheld, from.providerBodyId, from.recipientBodyIds, lawfulBasis, purpose, marking, from.legacyMarking, restrictedMarking,
                    contentSha256, sharedAt, retainUntil, from.recordedBy, from.recordedAt, status, withdrawal,
                    acknowledgements, destructions, changes, onwardDisclosures, considerations);
        }
    }

    /**
     * Every body taking part in the share, provider first: its recipients, and registered third parties that
     * received a copy through an onward disclosure (they hold it, so they may read it).
     */
    public List<String> parties() {
        return Stream.concat(Stream.concat(Stream.of(providerBodyId), recipientBodyIds.stream()),
                        onwardDisclosures.stream().map(OnwardDisclosure::thirdPartyBodyId).filter(Objects::nonNull))
                .distinct().toList();
    }


    private static <T> T orElse(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
