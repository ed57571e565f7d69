package uk.mappa.ledger.api.agreement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.mappa.ledger.api.web.EnumName;
import uk.mappa.ledger.api.web.Limits;
import uk.mappa.ledger.api.web.Patterns;
import uk.mappa.ledger.core.agreement.AgreementKind;
import uk.mappa.ledger.core.agreement.AgreementStatus;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.share.Category;
import uk.mappa.ledger.core.share.LawfulBasis;

/** The JSON bodies of the agreement requests. */
final class AgreementRequests {

    private AgreementRequests() {
    }

    /**
     * Draft an agreement.
     *
     * @param retention ISO-8601 period counted from each share's date, e.g. {@code P3Y}
     */
    record Draft(@NotNull @EnumName(AgreementKind.class) String kind,
                 @NotBlank @Size(max = 300) String title,
                 @NotEmpty @Size(max = Limits.BODIES) List<@NotBlank @Pattern(regexp = BodyId.FORMAT, message = Patterns.BODY_ID_MESSAGE) String> parties,
                 @NotEmpty @Size(max = Limits.CHOICES) List<@NotNull @EnumName(Category.class) String> categories,
                 @NotEmpty @Size(max = Limits.CHOICES) List<@NotNull @EnumName(LawfulBasis.class) String> lawfulBases,
                 @NotNull LocalDate effectiveFrom,
                 LocalDate reviewDue,
                 @NotNull @Pattern(regexp = "^P(\\d{1,3}Y)?(\\d{1,4}M)?(\\d{1,5}W)?(\\d{1,5}D)?$",
                         message = "must be an ISO-8601 period of at most 999 years, such as P3Y or P18M") String retention,
                 Boolean caseInformationNeedsHandlingArrangement) {
    }

    /**
     * An amendment: what changed and who authorised it, and the terms it changes (those left out stay).
     *
     * @param reviewAsRequired true for no fixed review date from now on
     */
    record Amendment(@NotBlank @Size(max = 2000) String changes,
                     @NotBlank @Size(max = 300) String authorisedBy,
                     @NotNull LocalDate amendedOn,
                     @Size(min = 1, max = Limits.CHOICES) List<@NotNull @EnumName(Category.class) String> categories,
                     @Size(min = 1, max = Limits.CHOICES) List<@NotNull @EnumName(LawfulBasis.class) String> lawfulBases,
                     LocalDate reviewDue,
                     Boolean reviewAsRequired,
                     Boolean caseInformationNeedsHandlingArrangement) {
    }

    /** A change in legislation or national guidance. */
    record LegislativeChangeRequest(@NotBlank @Size(max = 300) String title, @NotNull LocalDate effectiveOn) {
    }

    /** A party's signatory accepted; {@code party} defaults to the caller's body. */
    record Acceptance(@Pattern(regexp = BodyId.FORMAT, message = Patterns.BODY_ID_MESSAGE) String party,
                      @NotBlank @Size(max = 300) String signatoryRole,
                      @NotNull LocalDate acceptedOn) {
    }

    /** A review, and when the next one is due. */
    record Review(@NotNull LocalDate reviewedOn, @NotNull LocalDate nextReviewDue,
                  @NotBlank @Size(max = 2000) String note) {
    }

    /** Suspend (SUSPENDED), reinstate (ACTIVE) or terminate (TERMINATED); {@code effectiveAt} defaults to now. */
    record StatusChange(@NotNull @EnumName(AgreementStatus.class) String status,
                        @NotBlank @Size(max = 2000) String reason,
                        Instant effectiveAt) {
    }
}
