package uk.mappa.ledger.verify;

import java.util.List;

/**
 * Where the hashes of perfect subtrees come from: the node at {@code level} (covering 2<sup>level</sup>
 * leaves) and {@code index} (counted from the left at that level). A list of leaf hashes computes them; a
 * log stored in tiles reads them (see {@link Tiles}). Asked only for subtrees that are complete.
 */
@FunctionalInterface
public interface NodeSource {

    byte[] node(int level, long index);

    /** The nodes over a list of leaf hashes, each computed from the leaves it covers. */
    static NodeSource of(List<byte[]> leafHashes) {
        return new NodeSource() {
            @Override
            public byte[] node(int level, long index) {
                if (level == 0) {
                    return leafHashes.get(Math.toIntExact(index));
                }
                return MerkleTree.nodeHash(node(level - 1, 2 * index), node(level - 1, 2 * index + 1));
            }
        };
    }
}
