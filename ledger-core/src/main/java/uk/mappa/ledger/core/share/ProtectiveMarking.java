package uk.mappa.ledger.core.share;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import uk.mappa.ledger.core.rule.RuleViolation;

/**
 * A protective marking under the Government Security Classifications: a classification, the optional
 * SENSITIVE caveat and optional descriptors. The caveat and the descriptors exist only for OFFICIAL, and
 * descriptors only qualify OFFICIAL-SENSITIVE material.
 *
 * @param descriptors kept sorted and without repeats, so equal markings are equal values
 */
public record ProtectiveMarking(Classification classification, boolean sensitive, List<Descriptor> descriptors) {

    public ProtectiveMarking {
        Objects.requireNonNull(classification, "classification");
        descriptors = descriptors == null || descriptors.isEmpty()
                ? List.of()
                : List.copyOf(EnumSet.copyOf(descriptors));
        requireCaveatOnlyOnOfficial(classification, sensitive, descriptors);
        requireDescriptorsOnlyWhenSensitive(sensitive, descriptors);
    }

    public static ProtectiveMarking official() {
        return new ProtectiveMarking(Classification.OFFICIAL, false, List.of());
    }

    public static ProtectiveMarking officialSensitive(Descriptor... descriptors) {
        return new ProtectiveMarking(Classification.OFFICIAL, true, List.of(descriptors));
    }

    private static void requireCaveatOnlyOnOfficial(Classification classification, boolean sensitive,
                                                    List<Descriptor> descriptors) {
        if (classification != Classification.OFFICIAL && (sensitive || !descriptors.isEmpty())) {
            throw RuleViolation.unprocessable("invalid-marking",
                    "The SENSITIVE caveat and descriptors apply to OFFICIAL only; a " + classification
                            + " marking takes neither.");
        }
    }

    private static void requireDescriptorsOnlyWhenSensitive(boolean sensitive, List<Descriptor> descriptors) {
        if (!sensitive && !descriptors.isEmpty()) {
            throw RuleViolation.unprocessable("invalid-marking",
                    "Descriptors qualify OFFICIAL-SENSITIVE material: set 'sensitive' to true or remove the"
                            + " descriptors.");
        }
    }

    /** The marking as it is written on a document, e.g. {@code OFFICIAL-SENSITIVE PERSONAL}. */
    public String label() {
        String base = classification.name().replace('_', ' ') + (sensitive ? "-SENSITIVE" : "");
        if (descriptors.isEmpty()) {
            return base;
        }
        return base + " " + descriptors.stream().map(Enum::name).collect(Collectors.joining(" "));
    }
}
