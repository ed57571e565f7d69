package uk.mappa.ledger.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The edges of proofs and leaves: out-of-range sizes, proofs too short or too long, every column of a leaf. */
class ProofEdgesTest {

    static final List<byte[]> LEAVES = MerkleTreeTest.referenceLeaves();

    @Test
    void anInclusionProofForAnIndexOutsideTheTreeNeverVerifies() {
        byte[] root = MerkleTree.root(LEAVES, 4);
        List<byte[]> proof = MerkleTree.inclusionProof(LEAVES, 3, 4);
        assertThat(MerkleTree.verifyInclusion(3, 4, LEAVES.get(3), proof, root)).isTrue();
        assertThat(MerkleTree.verifyInclusion(4, 4, LEAVES.get(3), proof, root)).isFalse();
        assertThat(MerkleTree.verifyInclusion(-1, 4, LEAVES.get(3), proof, root)).isFalse();
    }

    @Test
    void anInclusionProofWithAnExtraOrMissingStepNeverVerifies() {
        byte[] root = MerkleTree.root(LEAVES, 5);
        List<byte[]> proof = MerkleTree.inclusionProof(LEAVES, 4, 5);
        List<byte[]> longer = new ArrayList<>(proof);
        longer.add(LEAVES.get(0));
        assertThat(MerkleTree.verifyInclusion(4, 5, LEAVES.get(4), longer, root)).isFalse();
        assertThat(MerkleTree.verifyInclusion(4, 5, LEAVES.get(4), proof.subList(0, proof.size() - 1), root)).isFalse();
        assertThat(MerkleTree.verifyInclusion(0, 1, LEAVES.get(0), List.of(), MerkleTree.root(LEAVES, 1))).isTrue();
    }

    @Test
    void consistencyProofsAreRefusedForImpossibleSizesAndWrongShapes() {
        byte[] three = MerkleTree.root(LEAVES, 3);
        byte[] seven = MerkleTree.root(LEAVES, 7);
        byte[] four = MerkleTree.root(LEAVES, 4);
        List<byte[]> proof = MerkleTree.consistencyProof(LEAVES, 3, 7);
        assertThat(MerkleTree.verifyConsistency(3, 7, three, seven, proof)).isTrue();
        assertThat(MerkleTree.verifyConsistency(7, 3, seven, three, proof)).isFalse();
        assertThat(MerkleTree.verifyConsistency(-1, 7, three, seven, proof)).isFalse();
        assertThat(MerkleTree.verifyConsistency(3, 7, three, seven, List.of())).isFalse();
        assertThat(MerkleTree.verifyConsistency(3, 7, seven, seven, proof)).isFalse();
        assertThat(MerkleTree.verifyConsistency(3, 7, three, three, proof)).isFalse();
        List<byte[]> longer = new ArrayList<>(proof);
        longer.add(LEAVES.get(0));
        assertThat(MerkleTree.verifyConsistency(3, 7, three, seven, longer)).isFalse();
        // Equal sizes: only the same root with an empty proof; from nothing: only an empty proof.
        assertThat(MerkleTree.verifyConsistency(4, 4, four, four, List.of())).isTrue();
        assertThat(MerkleTree.verifyConsistency(4, 4, four, seven, List.of())).isFalse();
        assertThat(MerkleTree.verifyConsistency(4, 4, four, four, List.of(four))).isFalse();
        assertThat(MerkleTree.verifyConsistency(0, 4, new byte[32], four, List.of())).isTrue();
        assertThat(MerkleTree.verifyConsistency(0, 4, new byte[32], four, List.of(four))).isFalse();
        // A power-of-two first tree: its root starts the path.
        List<byte[]> fromFour = MerkleTree.consistencyProof(LEAVES, 4, 7);
        assertThat(MerkleTree.verifyConsistency(4, 7, four, seven, fromFour)).isTrue();
        assertThat(MerkleTree.verifyConsistency(4, 8, four, MerkleTree.root(LEAVES, 8),
                MerkleTree.consistencyProof(LEAVES, 4, 8))).isTrue();
    }

    @Test
    void proofsFromTheFirstAndLastLeafOfEveryTreeVerify() {
        for (int size = 1; size <= LEAVES.size(); size++) {
            byte[] root = MerkleTree.root(LEAVES, size);
            assertThat(MerkleTree.verifyInclusion(size - 1, size, LEAVES.get(size - 1),
                    MerkleTree.inclusionProof(LEAVES, size - 1, size), root)).as("last of %d", size).isTrue();
            for (int first = 1; first < size; first++) {
                assertThat(MerkleTree.verifyConsistency(first, size, MerkleTree.root(LEAVES, first), root,
                        MerkleTree.consistencyProof(LEAVES, first, size))).as("%d to %d", first, size).isTrue();
            }
        }
    }

    @Test
    void aCompactRangeKnowsItsSizeAndRoot() {
        CompactRange range = new CompactRange();
        assertThat(range.size()).isZero();
        for (int i = 0; i < LEAVES.size(); i++) {
            range.append(LEAVES.get(i));
            assertThat(range.size()).isEqualTo(i + 1);
            assertThat(range.root()).isEqualTo(MerkleTree.root(LEAVES, i + 1));
        }
    }

    @Test
    void everyColumnOfAStoredEventIsInItsLeaf() {
        StoredEvent event = new StoredEvent(7, "event-7", "aggregate-7", 2, "Share", "2026-04-01T10:00:00Z",
                "uk.mappa.ledger.core.share.ShareRecorded", "1", "{}".getBytes(StandardCharsets.UTF_8),
                "{\"userId\":\"x\"}".getBytes(StandardCharsets.UTF_8));
        List<StoredEvent> changed = List.of(
                new StoredEvent(8, "event-7", "aggregate-7", 2, "Share", "2026-04-01T10:00:00Z",
                        event.payloadType(), "1", event.payload(), event.metaData()),
                new StoredEvent(7, "event-X", "aggregate-7", 2, "Share", "2026-04-01T10:00:00Z",
                        event.payloadType(), "1", event.payload(), event.metaData()),
                new StoredEvent(7, "event-7", "aggregate-X", 2, "Share", "2026-04-01T10:00:00Z",
                        event.payloadType(), "1", event.payload(), event.metaData()),
                new StoredEvent(7, "event-7", "aggregate-7", 3, "Share", "2026-04-01T10:00:00Z",
                        event.payloadType(), "1", event.payload(), event.metaData()),
                new StoredEvent(7, "event-7", "aggregate-7", 2, "Agreement", "2026-04-01T10:00:00Z",
                        event.payloadType(), "1", event.payload(), event.metaData()),
                new StoredEvent(7, "event-7", "aggregate-7", 2, "Share", "2026-04-01T10:00:01Z",
                        event.payloadType(), "1", event.payload(), event.metaData()),
                new StoredEvent(7, "event-7", "aggregate-7", 2, "Share", "2026-04-01T10:00:00Z",
                        "Other", "1", event.payload(), event.metaData()),
                new StoredEvent(7, "event-7", "aggregate-7", 2, "Share", "2026-04-01T10:00:00Z",
                        event.payloadType(), "2", event.payload(), event.metaData()),
                new StoredEvent(7, "event-7", "aggregate-7", 2, "Share", "2026-04-01T10:00:00Z",
                        event.payloadType(), "1", "{ }".getBytes(StandardCharsets.UTF_8), event.metaData()),
                new StoredEvent(7, "event-7", "aggregate-7", 2, "Share", "2026-04-01T10:00:00Z",
                        event.payloadType(), "1", event.payload(), null),
                new StoredEvent(7, "event-7", "aggregate-7", 2, "Share", "2026-04-01T10:00:00Z",
                        event.payloadType(), null, event.payload(), event.metaData()));
        assertThat(changed).allSatisfy(other -> assertThat(other.leafHash()).isNotEqualTo(event.leafHash()));
        // Lengths are written, so moving a byte from one column to the next changes the leaf too.
        StoredEvent shifted = new StoredEvent(7, "event-", "7aggregate-7", 2, "Share", "2026-04-01T10:00:00Z",
                event.payloadType(), "1", event.payload(), event.metaData());
        assertThat(shifted.leafHash()).isNotEqualTo(event.leafHash());
        assertThat(new String(event.leafData(), StandardCharsets.UTF_8)).startsWith("\0\0\0\u0017uk-mappa-ledger-leaf-v1");
    }
}
