package uk.mappa.ledger.verify;

import java.util.ArrayList;
import java.util.List;

/**
 * The roots of the perfect subtrees covering the leaves appended so far (the right edge of the tree).
 * Appending a leaf and computing the root are both logarithmic, so a log of any size is rooted without
 * holding its leaves.
 */
public final class CompactRange {

    private record Subtree(int height, byte[] hash) {
    }

    private final List<Subtree> subtrees = new ArrayList<>();
    private long size;

    /** The compact range of a tree of {@code size} leaves, from the nodes of its perfect subtrees. */
    public static CompactRange of(long size, NodeSource nodes) {
        CompactRange range = new CompactRange();
        long start = 0;
        for (int height = 63; height >= 0; height--) {
            if ((size & (1L << height)) != 0) {
                range.subtrees.add(new Subtree(height, nodes.node(height, start >>> height)));
                start += 1L << height;
            }
        }
        range.size = size;
        return range;
    }

    public void append(byte[] leafHash) {
        subtrees.add(new Subtree(0, leafHash));
        while (subtrees.size() > 1
                && subtrees.get(subtrees.size() - 1).height() == subtrees.get(subtrees.size() - 2).height()) {
            Subtree right = subtrees.remove(subtrees.size() - 1);
            Subtree left = subtrees.remove(subtrees.size() - 1);
            subtrees.add(new Subtree(left.height() + 1, MerkleTree.nodeHash(left.hash(), right.hash())));
        }
        size++;
    }

    public long size() {
        return size;
    }

    /** The RFC 6962 root of every leaf appended so far. */
    public byte[] root() {
        if (subtrees.isEmpty()) {
            return Hashes.sha256();
        }
        byte[] root = subtrees.get(subtrees.size() - 1).hash();
        for (int i = subtrees.size() - 2; i >= 0; i--) {
            root = MerkleTree.nodeHash(subtrees.get(i).hash(), root);
        }
        return root;
    }
}
