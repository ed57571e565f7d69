package uk.mappa.ledger.api.share;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.mappa.ledger.api.web.EnumName;
import uk.mappa.ledger.api.web.Patterns;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.share.ContentDigest;
import uk.mappa.ledger.core.share.DestructionReason;
import uk.mappa.ledger.core.share.LawfulBasis;

/** The JSON bodies of the requests that change a recorded share. */
final class ShareChangeRequests {

    private ShareChangeRequests() {
    }

    /** A recipient acknowledges receipt; {@code recipientBodyId} defaults to the caller's body. */
    record Acknowledgement(
            @Pattern(regexp = BodyId.FORMAT, message = Patterns.BODY_ID_MESSAGE) String recipientBodyId) {
    }

    /**
     * A receiving board records considering an annual report: the meeting and the priorities it took into its
     * business plan (none is an answer too). {@code boardBodyId} defaults to the caller's body.
     */
    record Consideration(@Pattern(regexp = BodyId.FORMAT, message = Patterns.BODY_ID_MESSAGE) String boardBodyId,
                         @NotNull LocalDate meetingOn,
                         @NotNull @Size(max = 50) List<@NotBlank @Size(max = 300) String> priorities) {
    }

    /** The provider re-marks the share. */
    record Remarking(@NotNull @Valid MarkingRequest marking, @NotBlank @Size(max = 2000) String reason) {
    }

    /** The provider corrects fields; fields left out stay as they are. */
    record Correction(@Size(max = 300) String title,
                      @Size(max = 2000) String purpose,
                      @EnumName(LawfulBasis.class) String lawfulBasis,
                      @Pattern(regexp = ContentDigest.FORMAT, message = Patterns.SHA256_MESSAGE) String contentSha256,
                      Instant sharedAt,
                      @NotBlank @Size(max = 2000) String reason) {
    }

    /** The provider withdraws the share. */
    record Withdrawal(@NotBlank @Size(max = 2000) String reason) {
    }

    /**
     * A holder records destroying its copy; {@code holderBodyId} defaults to the caller's body and
     * {@code destroyedAt} to now.
     */
    record Destruction(@Pattern(regexp = BodyId.FORMAT, message = Patterns.BODY_ID_MESSAGE) String holderBodyId,
                       @NotNull @EnumName(DestructionReason.class) String reason,
                       Instant destroyedAt) {
    }
}
