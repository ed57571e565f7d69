package uk.mappa.ledger.api.share;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import uk.mappa.ledger.api.web.EnumName;
import uk.mappa.ledger.api.web.InvalidRequestException;
import uk.mappa.ledger.api.web.Limits;
import uk.mappa.ledger.api.web.Patterns;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.agreement.AgreementId;
import uk.mappa.ledger.core.arrangement.HandlingArrangementId;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.share.Category;
import uk.mappa.ledger.core.share.ContentDigest;
import uk.mappa.ledger.core.share.LawfulBasis;
import uk.mappa.ledger.core.share.LegacyMarking;
import uk.mappa.ledger.core.share.RecordShare;
import uk.mappa.ledger.core.share.ShareId;
import uk.mappa.ledger.core.share.ShareLink;

/**
 * The JSON a business manager sends to log a share. Raw strings live only here, at the edge; once
 * valid, the request becomes a {@link RecordShare} of typed values.
 *
 * @param marking       required, except on material from before April 2014 that carries only a
 *                      {@code legacyMarking}
 * @param sharedAt      when the document was shared; defaults to the time of recording
 * @param retainUntil   overrides the agreement's retention for this share
 * @param handlingArrangementId for case information, the handling arrangement it is shared under
 * @param caseReviewId  for learning from a case review, the board's registered review it comes from
 * @param minutesRequestId for MINUTES, the request whose chair agreed to disclose this executive summary
 */
public record RecordShareRequest(
        @NotNull @Pattern(regexp = Patterns.UUID, message = Patterns.UUID_MESSAGE) String agreementId,
        @NotNull @EnumName(Category.class) String category,
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Pattern(regexp = BodyId.FORMAT, message = Patterns.BODY_ID_MESSAGE) String providerBodyId,
        @NotEmpty @Size(max = Limits.BODIES) List<@NotBlank @Pattern(regexp = BodyId.FORMAT, message = Patterns.BODY_ID_MESSAGE) String> recipientBodyIds,
        @NotNull @EnumName(LawfulBasis.class) String lawfulBasis,
        @NotBlank @Size(max = 2000) String purpose,
        @Valid MarkingRequest marking,
        @EnumName(LegacyMarking.class) String legacyMarking,
        @NotNull @Pattern(regexp = ContentDigest.FORMAT, message = Patterns.SHA256_MESSAGE) String contentSha256,
        Instant sharedAt,
        Instant retainUntil,
        @Pattern(regexp = Patterns.UUID, message = Patterns.UUID_MESSAGE) String handlingArrangementId,
        @Pattern(regexp = Patterns.UUID, message = Patterns.UUID_MESSAGE) String caseReviewId,
        @Pattern(regexp = Patterns.UUID, message = Patterns.UUID_MESSAGE) String minutesRequestId) {

    /** What the share comes from: one record at most. */
    private ShareLink link() {
        if (caseReviewId != null && minutesRequestId != null) {
            throw new InvalidRequestException.Collector()
                    .add("minutesRequestId", "a share comes from one record: give caseReviewId or minutesRequestId")
                    .asException();
        }
        if (caseReviewId != null) {
            return ShareLink.caseReview(UUID.fromString(caseReviewId));
        }
        return minutesRequestId == null ? null : ShareLink.minutesRequest(UUID.fromString(minutesRequestId));
    }

    RecordShare toCommand(ShareId id, Instant now, Actor actor) {
        return new RecordShare(id, AgreementId.parse(agreementId), Category.valueOf(category), title,
                new BodyId(providerBodyId), recipientBodyIds.stream().map(BodyId::new).toList(),
                LawfulBasis.valueOf(lawfulBasis), purpose, marking == null ? null : marking.toMarking(),
                legacyMarking == null ? null : LegacyMarking.valueOf(legacyMarking), new ContentDigest(contentSha256),
                sharedAt == null ? now : sharedAt, retainUntil, now, actor,
                handlingArrangementId == null ? null : new HandlingArrangementId(UUID.fromString(handlingArrangementId)),
                link());
    }
}
