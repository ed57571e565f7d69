package uk.mappa.ledger.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TlogProofTest {

    final LogSigningKey log = LogSigningKey.generate();
    final List<byte[]> leaves = TilesTest.leaves(300);

    TlogProof proofOf(int index, int size) {
        SignedNote.Note checkpoint = new Checkpoint("ledger.example/log", size, MerkleTree.root(leaves, size)).sign(log);
        return new TlogProof(leaves.get(index), index, MerkleTree.inclusionProof(leaves, index, size), checkpoint);
    }

    @Test
    void aProofIsWrittenInTheSpecsFormAndReadBackWhole() {
        TlogProof proof = proofOf(7, 300);
        String text = proof.format();
        assertThat(text).startsWith("c2sp.org/tlog-proof@v1\nextra ").contains("\nindex 7\n")
                .contains("\n\nledger.example/log\n300\n").endsWith("=\n");
        assertThat(text.lines().filter(line -> line.length() == 44).count()).isEqualTo(proof.path().size() + 1);
        TlogProof read = TlogProof.parse(text).orElseThrow();
        assertThat(read.index()).isEqualTo(7);
        assertThat(read.extra()).isEqualTo(leaves.get(7));
        assertThat(read.path()).containsExactlyElementsOf(proof.path());
        assertThat(read.checkpoint().format()).isEqualTo(proof.checkpoint().format());
        assertThat(read.format()).isEqualTo(text);
        assertThat(TlogProof.parse(new TlogProof(null, 0, List.of(), proof.checkpoint()).format()).orElseThrow()
                .extra()).isNull();
    }

    @Test
    void aProofProvesItsLeafInTheLogsCheckpointAndNothingElse() {
        for (int[] at : new int[][] {{0, 1}, {0, 300}, {255, 256}, {256, 257}, {299, 300}, {128, 300}}) {
            TlogProof proof = TlogProof.parse(proofOf(at[0], at[1]).format()).orElseThrow();
            assertThat(proof.proves(leaves.get(at[0]), "ledger.example/log", log.publicKey())).as("%d of %d", at[0], at[1])
                    .isTrue();
        }
        TlogProof proof = proofOf(10, 300);
        assertThat(proof.proves(leaves.get(11), "ledger.example/log", log.publicKey())).isFalse();
        assertThat(proof.proves(leaves.get(10), "another.example/log", log.publicKey())).isFalse();
        assertThat(proof.proves(leaves.get(10), "ledger.example/log", LogSigningKey.generate().publicKey())).isFalse();
        assertThat(new TlogProof(null, 11, proof.path(), proof.checkpoint())
                .proves(leaves.get(10), "ledger.example/log", log.publicKey())).isFalse();
        List<byte[]> shortened = new ArrayList<>(proof.path());
        shortened.remove(shortened.size() - 1);
        assertThat(new TlogProof(null, 10, shortened, proof.checkpoint())
                .proves(leaves.get(10), "ledger.example/log", log.publicKey())).isFalse();
        SignedNote.Note otherOrigin = new Checkpoint("other.example/log", 300, MerkleTree.root(leaves, 300))
                .sign(log);
        SignedNote.Note misnamed = new SignedNote.Note(otherOrigin.text(),
                List.of(SignedNote.sign(otherOrigin.text(), "ledger.example/log", log)));
        assertThat(new TlogProof(null, 10, proof.path(), misnamed)
                .proves(leaves.get(10), "ledger.example/log", log.publicKey())).isFalse();
        SignedNote.Note notACheckpoint = new SignedNote.Note("hello\n",
                List.of(SignedNote.sign("hello\n", "ledger.example/log", log)));
        assertThat(new TlogProof(null, 10, proof.path(), notACheckpoint)
                .proves(leaves.get(10), "ledger.example/log", log.publicKey())).isFalse();
    }

    @Test
    void textsThatAreNotProofsAreNotRead() {
        String good = proofOf(3, 10).format();
        for (String text : List.of("", good.replace("c2sp.org/tlog-proof@v1", "c2sp.org/tlog-proof@v2"),
                good.replace("index 3", "index 03"), good.replace("index 3", "index -3"),
                good.replace("index 3\n", ""), good.replaceFirst("extra [^\n]+", "extra !!"),
                good.replace("\n\n", "\nAAAA\n\n"), good.substring(0, good.indexOf("\n\n")),
                good.substring(0, good.length() - 1))) {
            assertThat(TlogProof.parse(text)).as(text).isEmpty();
        }
    }
}
