package uk.mappa.ledger.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CheckpointTest {

    /** The example of the C2SP tlog-checkpoint specification. */
    static final String SPEC_EXAMPLE = "example.com/behind-the-sofa\n20852163\n"
            + "CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n";

    @Test
    void theSpecsExampleIsReadAndWrittenBackTheSame() {
        Checkpoint checkpoint = Checkpoint.parse(SPEC_EXAMPLE).orElseThrow();
        assertThat(checkpoint.origin()).isEqualTo("example.com/behind-the-sofa");
        assertThat(checkpoint.treeSize()).isEqualTo(20_852_163);
        assertThat(checkpoint.rootHash()).hasSize(32);
        assertThat(checkpoint.text()).isEqualTo(SPEC_EXAMPLE);
        assertThat(Checkpoint.parse(SPEC_EXAMPLE + "extension\n")).isPresent();
    }

    @Test
    void anEmptyLogsCheckpointHasSizeZeroAndTheRootOfNothing() {
        Checkpoint empty = new Checkpoint("ledger.example/log", 0, MerkleTree.root(List.of(), 0));
        assertThat(empty.text()).isEqualTo("ledger.example/log\n0\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n");
    }

    @Test
    void aCheckpointSignedByTheLogVerifiesUnderItsOriginAsKeyName() {
        LogSigningKey key = LogSigningKey.generate();
        SignedNote.Note note = new Checkpoint("ledger.example/log", 3, new byte[32]).sign(key);
        assertThat(note.signatures()).singleElement()
                .satisfies(signature -> assertThat(signature.keyName()).isEqualTo("ledger.example/log"));
        assertThat(note.verifiedBy("ledger.example/log", key.publicKey())).isTrue();
    }

    @Test
    void whatIsNotACheckpointIsNotRead() {
        for (String text : List.of("", "origin\n", "origin\n12\n", "origin\n012\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n",
                "\n12\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n", "origin\n-1\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n",
                "origin\n12\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=", "origin\n12\nCsUYapGG\n",
                "origin\n12\nnot base64!\n", "origin\n12\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n\n",
                "origin\n12\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\next\n\n",
                "origin\n99999999999999999999\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n")) {
            assertThat(Checkpoint.parse(text)).as(text).isEmpty();
        }
        assertThatThrownBy(() -> new Checkpoint("", 1, new byte[32])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Checkpoint("a\nb", 1, new byte[32])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Checkpoint("a", -1, new byte[32])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Checkpoint("a", 1, new byte[31])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Checkpoint(null, 1, new byte[32])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Checkpoint("a", 1, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
