package uk.mappa.ledger.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Against the vectors of Go's golang.org/x/mod/sumdb/note, the reference implementation of signed notes. */
class SignedNoteTest {

    static final String PETER_VERIFIER = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
    static final String PETER_PRIVATE = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
    static final String TEXT = "If you think cryptography is the answer to your problem,\n"
            + "then you don't know what your problem is.\n";
    static final String SIGNED = TEXT + "\n\u2014 PeterNeumann "
            + "x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";

    static LogSigningKey peter() {
        byte[] typed = Base64.getDecoder().decode(PETER_PRIVATE.split("\\+", 5)[4]);
        assertThat(typed[0]).isEqualTo(SignedNote.ED25519);
        return LogSigningKey.fromSeed(Arrays.copyOfRange(typed, 1, typed.length));
    }

    @Test
    void signingTheReferenceTextGivesTheReferenceNoteByteForByte() {
        SignedNote.Note note = new SignedNote.Note(TEXT, List.of(SignedNote.sign(TEXT, "PeterNeumann", peter())));
        assertThat(note.format()).isEqualTo(SIGNED);
        assertThat(SignedNote.verifierKey("PeterNeumann", peter().publicKey())).isEqualTo(PETER_VERIFIER);
        assertThat(String.format("%08x", SignedNote.keyId("PeterNeumann", peter().publicKey()))).isEqualTo("c74f20a3");
    }

    @Test
    void theReferenceNoteOpensWithItsVerifierKeyAndNotWhenChanged() {
        SignedNote.VerifierKey key = SignedNote.parseVerifierKey(PETER_VERIFIER).orElseThrow();
        assertThat(key.name()).isEqualTo("PeterNeumann");
        SignedNote.Note note = SignedNote.parse(SIGNED).orElseThrow();
        assertThat(note.text()).isEqualTo(TEXT);
        assertThat(note.verifiedBy(key.name(), key.key())).isTrue();
        assertThat(note.format()).isEqualTo(SIGNED);

        SignedNote.Note changed = SignedNote.parse(SIGNED.replace("cryptography", "cryptographY")).orElseThrow();
        assertThat(changed.verifiedBy(key.name(), key.key())).isFalse();
        assertThat(note.verifiedBy("PeterNeumann2", key.key())).isFalse();
        assertThat(note.verifiedBy("PeterNeumann", LogSigningKey.generate().publicKey())).isFalse();
    }

    @Test
    void otherPublishedVerifierKeysAreReadAndTheirIdsCheck() {
        for (String verifier : List.of("EnochRoot+af0cfe78+ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop",
                "example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k")) {
            SignedNote.VerifierKey key = SignedNote.parseVerifierKey(verifier).orElseThrow();
            assertThat(SignedNote.verifierKey(key.name(), key.key())).isEqualTo(verifier);
        }
    }

    @Test
    void malformedVerifierKeysAreRefused() {
        for (String verifier : List.of("PeterNeumann+c74f20a4+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
                "PeterNeumann+C74F20A3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
                "PeterNeumann+c74f20a3+AhpC2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
                "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10",
                "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW==x",
                "Peter Neumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
                "+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW", "PeterNeumann+c74f20a3", "")) {
            assertThat(SignedNote.parseVerifierKey(verifier)).as(verifier).isEmpty();
        }
    }

    @Test
    void notesWithoutTheSpecsShapeAreNotRead() {
        for (String note : List.of(TEXT, TEXT + "\n", TEXT + "\n\u2014 PeterNeumann\n",
                TEXT + "\n- PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n",
                TEXT + "\n\u2014 Peter+Neumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n",
                TEXT + "\n\u2014 PeterNeumann x08g\n", TEXT + "\n\u2014 PeterNeumann not*base64\n",
                SIGNED.substring(0, SIGNED.length() - 1), "tab\there\n" + SIGNED,
                TEXT + "\n\u2014 PeterNeumann AAAAAAA= extra\n")) {
            assertThat(SignedNote.parse(note)).as(note).isEmpty();
        }
        StringBuilder many = new StringBuilder(TEXT).append('\n');
        for (int i = 0; i <= SignedNote.MAX_SIGNATURES; i++) {
            many.append("\u2014 witness").append(i).append(" AAAAAAA=\n");
        }
        assertThat(SignedNote.parse(many.toString())).isEmpty();
    }

    @Test
    void aWitnessesCosignatureIsAddedBesideTheLogsAndEachIsCheckedOnItsOwn() {
        LogSigningKey log = LogSigningKey.generate();
        LogSigningKey witness = LogSigningKey.generate();
        String text = "ledger.example/log\n5\n" + Base64.getEncoder().encodeToString(new byte[32]) + "\n";
        SignedNote.Note note = new SignedNote.Note(text, List.of(SignedNote.sign(text, "ledger.example/log", log)))
                .with(SignedNote.sign(text, "inspectorate.example/witness", witness));
        SignedNote.Note read = SignedNote.parse(note.format()).orElseThrow();
        assertThat(read.signatures()).hasSize(2);
        assertThat(read.verifiedBy("ledger.example/log", log.publicKey())).isTrue();
        assertThat(read.verifiedBy("inspectorate.example/witness", witness.publicKey())).isTrue();
        assertThat(read.verifiedBy("inspectorate.example/witness", log.publicKey())).isFalse();
    }
}
