package uk.mappa.ledger.api.share;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import uk.mappa.ledger.api.web.EnumName;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.share.Category;
import uk.mappa.ledger.core.share.Classification;
import uk.mappa.ledger.core.share.ContentDigest;
import uk.mappa.ledger.core.share.Descriptor;
import uk.mappa.ledger.core.share.LawfulBasis;
import uk.mappa.ledger.core.share.ProtectiveMarking;
import uk.mappa.ledger.core.share.RecordShare;
import uk.mappa.ledger.core.share.ShareId;

/**
 * The JSON a business manager sends to log a share. Raw strings live only here, at the edge; once
 * valid, the request becomes a {@link RecordShare} of typed values.
 *
 * @param sharedAt when the document was shared; defaults to the time of recording
 */
record RecordShareRequest(
        @NotNull @EnumName(Category.class) String category,
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Pattern(regexp = BodyId.FORMAT, message = "must be a body id such as merseyside-smb")
        String providerBodyId,
        @NotEmpty List<@NotBlank @Pattern(regexp = BodyId.FORMAT, message = "must be a body id such as knowsley-lscb")
                String> recipientBodyIds,
        @NotNull @EnumName(LawfulBasis.class) String lawfulBasis,
        @NotBlank @Size(max = 2000) String purpose,
        @NotNull @Valid MarkingRequest marking,
        @NotNull @Pattern(regexp = ContentDigest.FORMAT, message = "must be the SHA-256 of the document as 64 hex digits")
        String contentSha256,
        Instant sharedAt) {

    /** The protective marking as sent. */
    record MarkingRequest(
            @NotNull @EnumName(Classification.class) String classification,
            Boolean sensitive,
            List<@NotNull @EnumName(Descriptor.class) String> descriptors) {

        ProtectiveMarking toMarking() {
            return new ProtectiveMarking(Classification.valueOf(classification), Boolean.TRUE.equals(sensitive),
                    descriptors == null ? List.of() : descriptors.stream().map(Descriptor::valueOf).toList());
        }
    }

    RecordShare toCommand(ShareId id, Instant now, Actor actor) {
        return new RecordShare(id, Category.valueOf(category), title, new BodyId(providerBodyId),
                recipientBodyIds.stream().map(BodyId::new).toList(), LawfulBasis.valueOf(lawfulBasis), purpose,
                marking.toMarking(), new ContentDigest(contentSha256), sharedAt == null ? now : sharedAt, now, actor);
    }
}
