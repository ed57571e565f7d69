package uk.mappa.ledger.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MerkleTreeTest {

    /** The leaves of the RFC 6962 reference test data (certificate-transparency's merkle tree tests). */
    static final String[] REFERENCE_LEAVES = {"", "00", "10", "2021", "3031", "40414243", "5051525354555657",
            "606162636465666768696a6b6c6d6e6f"};
    static final String[] REFERENCE_ROOTS = {
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"};

    static List<byte[]> referenceLeaves() {
        List<byte[]> leaves = new ArrayList<>();
        for (String leaf : REFERENCE_LEAVES) {
            leaves.add(MerkleTree.leafHash(Hashes.fromHex(leaf)));
        }
        return leaves;
    }

    @Test
    void theEmptyTreeHasTheHashOfNothing() {
        assertThat(Hashes.hex(MerkleTree.root(List.of(), 0)))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void rootsMatchTheReferenceVectors() {
        List<byte[]> leaves = referenceLeaves();
        for (int size = 1; size <= leaves.size(); size++) {
            assertThat(Hashes.hex(MerkleTree.root(leaves, size))).as("root of %d leaves", size)
                    .isEqualTo(REFERENCE_ROOTS[size - 1]);
        }
    }

    @Test
    void aThreeLeafTreeBuiltByHand() {
        byte[] a = MerkleTree.leafHash("a".getBytes());
        byte[] b = MerkleTree.leafHash("b".getBytes());
        byte[] c = MerkleTree.leafHash("c".getBytes());
        byte[] byHand = Hashes.sha256(new byte[] {1}, Hashes.sha256(new byte[] {1}, a, b), c);
        assertThat(MerkleTree.root(List.of(a, b, c), 3)).isEqualTo(byHand);
        assertThat(a).isEqualTo(Hashes.sha256(new byte[] {0}, "a".getBytes()));
        assertThat(MerkleTree.inclusionProof(List.of(a, b, c), 2, 3)).containsExactly(Hashes.sha256(new byte[] {1}, a, b));
        assertThat(MerkleTree.inclusionProof(List.of(a, b, c), 0, 3)).containsExactly(b, c);
        assertThat(MerkleTree.consistencyProof(List.of(a, b, c), 2, 3)).containsExactly(c);
    }

    @Test
    void everyInclusionProofVerifiesAndATamperedOneDoesNot() {
        List<byte[]> leaves = referenceLeaves();
        for (int size = 1; size <= leaves.size(); size++) {
            byte[] root = MerkleTree.root(leaves, size);
            for (int index = 0; index < size; index++) {
                List<byte[]> proof = MerkleTree.inclusionProof(leaves, index, size);
                assertThat(MerkleTree.verifyInclusion(index, size, leaves.get(index), proof, root)).isTrue();
                assertThat(MerkleTree.verifyInclusion(index, size, leaves.get((index + 1) % size == index ? 0
                        : (index + 1) % size), proof, root)).isEqualTo(size == 1);
                if (!proof.isEmpty()) {
                    List<byte[]> tampered = new ArrayList<>(proof);
                    tampered.set(0, MerkleTree.leafHash(new byte[] {9}));
                    assertThat(MerkleTree.verifyInclusion(index, size, leaves.get(index), tampered, root)).isFalse();
                }
            }
        }
    }

    @Test
    void everyConsistencyProofVerifiesAndAWrongRootDoesNot() {
        List<byte[]> leaves = referenceLeaves();
        for (int second = 1; second <= leaves.size(); second++) {
            for (int first = 0; first <= second; first++) {
                List<byte[]> proof = MerkleTree.consistencyProof(leaves, first, second);
                byte[] firstRoot = MerkleTree.root(leaves, first);
                byte[] secondRoot = MerkleTree.root(leaves, second);
                assertThat(MerkleTree.verifyConsistency(first, second, firstRoot, secondRoot, proof))
                        .as("%d to %d", first, second).isTrue();
                if (first > 0 && first < second) {
                    assertThat(MerkleTree.verifyConsistency(first, second, MerkleTree.leafHash(new byte[] {7}),
                            secondRoot, proof)).isFalse();
                }
            }
        }
    }

    @Test
    void theCompactRangeAgreesWithTheFullTreeAtEverySize() {
        List<byte[]> leaves = new ArrayList<>();
        CompactRange range = new CompactRange();
        for (int i = 0; i < 100; i++) {
            byte[] leaf = MerkleTree.leafHash(new byte[] {(byte) i});
            leaves.add(leaf);
            range.append(leaf);
            assertThat(range.root()).isEqualTo(MerkleTree.root(leaves, leaves.size()));
        }
    }
}
