package uk.mappa.ledger.api.csods;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.csods.CsodsDeadline;
import uk.mappa.ledger.core.personal.PersonDetails;

/** The JSON bodies of the CSODS requests. Times left out default to now. */
final class CsodsRequests {

    private CsodsRequests() {
    }

    record Person(@NotBlank @Size(max = 300) String name, LocalDate dateOfBirth, @Size(max = 1000) String address) {

        PersonDetails toDetails() {
            return new PersonDetails(name.strip(), dateOfBirth, address == null ? null : address.strip());
        }
    }

    record Application(@NotNull @Valid Person applicant, @NotNull @Valid Person subject,
                       @NotEmpty @Size(max = Limits.CHILDREN) List<@NotNull @Valid Person> children, @NotBlank @Size(max = 4000) String relationship,
                       Instant receivedAt) {
    }

    record Stage(Instant at) {
    }

    record FaceToFaceMeeting(Instant at, @NotNull Boolean identityVerified) {
    }

    record RiskAssessment(Instant at, @Min(1) @Max(3) Integer mappaCategory, @Min(1) @Max(3) Integer mappaLevel) {
    }

    record Decision(Instant at, @NotNull Boolean disclose, @NotBlank @Size(max = 4000) String rationale,
                    @NotEmpty @Size(max = Limits.PEOPLE) List<@NotBlank @Size(max = 200) String> decisionMakers,
                    @Size(max = Limits.BODIES) List<@NotBlank @Pattern(regexp = BodyId.FORMAT, message = Patterns.BODY_ID_MESSAGE) String> agenciesConsulted) {
    }

    /** {@code recipient} left out means the applicant. */
    record Disclosure(Instant at, @Valid Person recipient, @NotNull Boolean inPerson) {
    }

    record Undertaking(Instant at, @NotNull Boolean signed, @Size(max = 4000) String reasonWithout) {
    }

    record Extension(@NotNull @EnumName(CsodsDeadline.class) String deadline, @NotNull Instant newDue,
                     @NotBlank @Size(max = 4000) String reason) {
    }
}
