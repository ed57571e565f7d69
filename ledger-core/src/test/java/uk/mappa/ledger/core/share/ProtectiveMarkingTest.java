package uk.mappa.ledger.core.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.mappa.ledger.core.rule.RuleViolation;

class ProtectiveMarkingTest {

    @Test
    void labelsOfficialSensitiveWithDescriptorsInAStableOrder() {
        ProtectiveMarking marking = new ProtectiveMarking(Classification.OFFICIAL, true,
                List.of(Descriptor.LOCSEN, Descriptor.PERSONAL, Descriptor.LOCSEN));
        assertThat(marking.descriptors()).containsExactly(Descriptor.PERSONAL, Descriptor.LOCSEN);
        assertThat(marking.label()).isEqualTo("OFFICIAL-SENSITIVE PERSONAL LOCSEN");
    }

    @Test
    void refusesTheSensitiveCaveatOnSecret() {
        assertThatThrownBy(() -> new ProtectiveMarking(Classification.SECRET, true, List.of()))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("OFFICIAL only");
    }

    @Test
    void refusesDescriptorsOnTopSecret() {
        assertThatThrownBy(() -> new ProtectiveMarking(Classification.TOP_SECRET, false, List.of(Descriptor.PERSONAL)))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void refusesDescriptorsWithoutTheSensitiveCaveat() {
        assertThatThrownBy(() -> new ProtectiveMarking(Classification.OFFICIAL, false, List.of(Descriptor.COMMERCIAL)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.code()).isEqualTo("invalid-marking"));
    }

    @Test
    void labelsTopSecretWithASpace() {
        assertThat(new ProtectiveMarking(Classification.TOP_SECRET, false, null).label()).isEqualTo("TOP SECRET");
    }
}
