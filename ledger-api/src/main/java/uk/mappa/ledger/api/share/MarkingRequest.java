package uk.mappa.ledger.api.share;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import uk.mappa.ledger.api.web.EnumName;
import uk.mappa.ledger.api.web.Limits;
import uk.mappa.ledger.core.share.Classification;
import uk.mappa.ledger.core.share.Descriptor;
import uk.mappa.ledger.core.share.ProtectiveMarking;

/** A Government Security Classification marking as sent: classification, SENSITIVE caveat, descriptors. */
public record MarkingRequest(
        @NotNull @EnumName(Classification.class) String classification,
        Boolean sensitive,
        @Size(max = Limits.CHOICES) List<@NotNull @EnumName(Descriptor.class) String> descriptors) {

    ProtectiveMarking toMarking() {
        return new ProtectiveMarking(Classification.valueOf(classification), Boolean.TRUE.equals(sensitive),
                descriptors == null ? List.of() : descriptors.stream().map(Descriptor::valueOf).toList());
    }
}
