package uk.mappa.ledger.core.personal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Personal data sealed under a person's key, and that key wrapped under the deployment's key-encryption key. */
class AesGcmTest {

    final SubjectId alex = new SubjectId(UUID.randomUUID());
    final SubjectId sam = new SubjectId(UUID.randomUUID());

    @Test
    void keysAreFreshAndFull() {
        byte[] first = AesGcm.newKey();
        assertThat(first).hasSize(32).isNotEqualTo(new byte[32]).isNotEqualTo(AesGcm.newKey());
    }

    @Test
    void aWrappedKeyOpensOnlyWithItsKekAndForItsSubject() {
        byte[] kek = AesGcm.newKey();
        byte[] key = AesGcm.newKey();
        byte[] wrapped = AesGcm.wrap(alex, kek, key);
        assertThat(wrapped).hasSize(12 + 32 + 16).isNotEqualTo(AesGcm.wrap(alex, kek, key));
        assertThat(AesGcm.unwrap(alex, kek, wrapped)).isEqualTo(key);
        assertThatIllegalStateException().isThrownBy(() -> AesGcm.unwrap(alex, AesGcm.newKey(), wrapped));
        assertThatIllegalStateException().isThrownBy(() -> AesGcm.unwrap(sam, kek, wrapped));
    }

    @Test
    void sealedDataOpensOnlyWithThePersonsKey() {
        byte[] key = AesGcm.newKey();
        Sealed name = AesGcm.seal(alex, key, "Alex Example");
        assertThat(name.ciphertext()).doesNotContain("Alex");
        assertThat(AesGcm.open(name, key)).isEqualTo("Alex Example");
        assertThatIllegalStateException().isThrownBy(() -> AesGcm.open(name, AesGcm.newKey()));
        assertThatIllegalStateException().isThrownBy(() -> AesGcm.open(new Sealed(sam, name.ciphertext()), key));
    }
}
