package uk.mappa.ledger.verify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Merkle tree of RFC 6962 (section 2.1) and its proof checks from RFC 9162 (sections 2.1.3.2 and
 * 2.1.4.2): SHA-256, leaves hashed with a 0x00 prefix and interior nodes with 0x01, so that no leaf can
 * pass for a node. Lists hold leaf hashes, not leaf data.
 */
public final class MerkleTree {

    private static final byte[] LEAF_PREFIX = {0x00};
    private static final byte[] NODE_PREFIX = {0x01};

    private MerkleTree() {
    }

    public static byte[] leafHash(byte[] leafData) {
        return Hashes.sha256(LEAF_PREFIX, leafData);
    }

    public static byte[] nodeHash(byte[] left, byte[] right) {
        return Hashes.sha256(NODE_PREFIX, left, right);
    }

    /** MTH over the first {@code size} leaf hashes; the hash of the empty string for an empty tree. */
    public static byte[] root(List<byte[]> leafHashes, int size) {
        if (size < 0 || size > leafHashes.size()) {
            throw new IllegalArgumentException("No tree of " + size + " leaves in " + leafHashes.size());
        }
        return root(NodeSource.of(leafHashes), size);
    }

    /** MTH of the tree of {@code size} leaves whose perfect subtrees {@code nodes} gives. */
    public static byte[] root(NodeSource nodes, long size) {
        return size == 0 ? Hashes.sha256() : subtreeRoot(nodes, 0, size);
    }

    /**
     * MTH(D[from:to]) for a range the RFC's recursion reaches: {@code from} is a multiple of the largest
     * power of two below {@code to - from}, so a range of a power-of-two length is one perfect subtree.
     */
    private static byte[] subtreeRoot(NodeSource nodes, long from, long to) {
        long n = to - from;
        if (Long.bitCount(n) == 1) {
            int level = Long.numberOfTrailingZeros(n);
            return nodes.node(level, from >>> level);
        }
        long k = split(n);
        return nodeHash(subtreeRoot(nodes, from, from + k), subtreeRoot(nodes, from + k, to));
    }

    /** The largest power of two smaller than n (n > 1). */
    static long split(long n) {
        return Long.highestOneBit(n - 1);
    }

    /** PATH(m, D[0:size]): the audit path proving leaf {@code index} is in the tree of {@code size} leaves. */
    public static List<byte[]> inclusionProof(List<byte[]> leafHashes, int index, int size) {
        if (size > leafHashes.size()) {
            throw new IllegalArgumentException("Leaf " + index + " is not in a tree of " + size + " leaves");
        }
        return inclusionProof(NodeSource.of(leafHashes), index, size);
    }

    public static List<byte[]> inclusionProof(NodeSource nodes, long index, long size) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("Leaf " + index + " is not in a tree of " + size + " leaves");
        }
        List<byte[]> path = new ArrayList<>();
        path(nodes, index, 0, size, path);
        return path;
    }

    private static void path(NodeSource nodes, long m, long from, long to, List<byte[]> out) {
        long n = to - from;
        if (n == 1) {
            return;
        }
        long k = split(n);
        if (m < k) {
            path(nodes, m, from, from + k, out);
            out.add(subtreeRoot(nodes, from + k, to));
        } else {
            path(nodes, m - k, from + k, to, out);
            out.add(subtreeRoot(nodes, from, from + k));
        }
    }

    /** PROOF(first, D[0:second]): shows the tree of {@code second} leaves extends the one of {@code first}. */
    public static List<byte[]> consistencyProof(List<byte[]> leafHashes, int first, int second) {
        if (second > leafHashes.size()) {
            throw new IllegalArgumentException("No consistency proof from " + first + " to " + second + " leaves");
        }
        return consistencyProof(NodeSource.of(leafHashes), first, second);
    }

    public static List<byte[]> consistencyProof(NodeSource nodes, long first, long second) {
        if (first < 0 || first > second) {
            throw new IllegalArgumentException("No consistency proof from " + first + " to " + second + " leaves");
        }
        List<byte[]> proof = new ArrayList<>();
        if (first > 0 && first < second) {
            subproof(nodes, first, 0, second, true, proof);
        }
        return proof;
    }

    private static void subproof(NodeSource nodes, long m, long from, long to, boolean complete, List<byte[]> out) {
        long n = to - from;
        if (m == n) {
            if (!complete) {
                out.add(subtreeRoot(nodes, from, to));
            }
            return;
        }
        long k = split(n);
        if (m <= k) {
            subproof(nodes, m, from, from + k, complete, out);
            out.add(subtreeRoot(nodes, from + k, to));
        } else {
            subproof(nodes, m - k, from + k, to, false, out);
            out.add(subtreeRoot(nodes, from, from + k));
        }
    }

    /** RFC 9162, 2.1.3.2. */
    public static boolean verifyInclusion(long index, long size, byte[] leafHash, List<byte[]> path, byte[] root) {
        if (index < 0 || index >= size) {
            return false;
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        for (byte[] p : path) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = nodeHash(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(r, root);
    }

    /** RFC 9162, 2.1.4.2, with the trivial cases of an empty first tree and equal sizes. */
    public static boolean verifyConsistency(long first, long second, byte[] firstRoot, byte[] secondRoot,
                                            List<byte[]> proof) {
        if (first < 0 || first > second) {
            return false;
        }
        if (first == second) {
            return proof.isEmpty() && Arrays.equals(firstRoot, secondRoot);
        }
        if (first == 0) {
            return proof.isEmpty();
        }
        if (proof.isEmpty()) {
            return false;
        }
        List<byte[]> path = new ArrayList<>(proof);
        if (Long.bitCount(first) == 1) {
            path.add(0, firstRoot);
        }
        long fn = first - 1;
        long sn = second - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = nodeHash(c, fr);
                sr = nodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = nodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return Arrays.equals(fr, firstRoot) && Arrays.equals(sr, secondRoot) && sn == 0;
    }
}
