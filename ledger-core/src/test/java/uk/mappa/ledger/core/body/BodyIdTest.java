package uk.mappa.ledger.core.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class BodyIdTest {

    @Test
    void acceptsHyphenatedLowerCaseWords() {
        assertThat(new BodyId("st-helens-lscb").toString()).isEqualTo("st-helens-lscb");
    }

    @Test
    void refusesCapitalsSpacesAndStrayHyphens() {
        for (String bad : new String[] {"Merseyside-SMB", "st helens", "-smb", "smb-", "a--b", "", "x".repeat(65)}) {
            assertThatIllegalArgumentException().isThrownBy(() -> new BodyId(bad));
            assertThat(BodyId.isWellFormed(bad)).isFalse();
        }
    }
}
