package uk.mappa.ledger.verify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Checks a log without trusting whoever kept it: recomputes every leaf from the stored event, every root
 * from the recomputed leaves, and every tree head's signature. Since every signed root is recomputed from
 * one sequence of leaves, successive tree heads are consistent exactly when all of them check. The live
 * check and the offline verifier both feed it, leaf by leaf.
 */
public final class LogVerifier {

    /** The first thing found wrong; {@code leafIndex} is -1 when no single leaf can be blamed. */
    public record Problem(long leafIndex, String eventIdentifier, String description) {
    }

    /** The outcome. */
    public record Verdict(boolean intact, long events, long treeHeads, long treeSize, Problem firstProblem) {

        public String describe() {
            if (intact) {
                return "VERIFIED: " + events + " events, " + treeHeads + " signed tree heads, latest tree size "
                        + treeSize + "; every leaf, root and signature checks.";
            }
            return "FAILED: " + (firstProblem.eventIdentifier() != null
                    ? "event " + firstProblem.eventIdentifier() + " (leaf " + firstProblem.leafIndex() + "): "
                    : "") + firstProblem.description();
        }
    }

    static final int PROGRESS_EVERY = 10_000;

    private final LogPublicKey key;
    private final LongConsumer progress;
    private final List<byte[]> leaves = new ArrayList<>();
    private final List<TreeHead> heads = new ArrayList<>();
    private TreeHead trusted;
    private Problem firstProblem;

    public LogVerifier(LogPublicKey key, LongConsumer progress) {
        this.key = key;
        this.progress = progress;
    }

    public void leaf(ExportFormat.Leaf leaf) {
        long expected = leaves.size();
        if (leaf.leafIndex() != expected) {
            report(new Problem(expected, leaf.eventIdentifier(), "leaf " + expected + " is missing from the log"
                    + " (the next one present is leaf " + leaf.leafIndex() + ")"));
        }
        if (leaf.event() == null) {
            report(new Problem(leaf.leafIndex(), leaf.eventIdentifier(),
                    "the sealed event is missing from the event store"));
            leaves.add(leaf.sealedLeafHash());
        } else {
            byte[] recomputed = leaf.event().leafHash();
            if (!Arrays.equals(recomputed, leaf.sealedLeafHash())) {
                report(new Problem(leaf.leafIndex(), leaf.eventIdentifier(),
                        "the stored event no longer matches the leaf sealed for it"));
            }
            leaves.add(recomputed);
        }
        if (leaves.size() % PROGRESS_EVERY == 0) {
            progress.accept(leaves.size());
        }
    }

    public void treeHead(TreeHead head) {
        heads.add(head);
    }

    /**
     * A tree head the auditor trusted earlier (kept from a previous visit or received from another board): the
     * log must still hold exactly the leaves it committed to. A log truncated and signed again, or rewritten
     * before that size, is caught even though every signature in it checks.
     */
    public void trust(TreeHead head) {
        trusted = head;
    }

    public Verdict finish() {
        heads.sort(Comparator.comparingLong(TreeHead::treeSize).thenComparing(TreeHead::timestamp));
        CompactRange range = new CompactRange();
        int next = 0;
        TreeHead previous = null;
        for (TreeHead head : heads) {
            if (!head.verifiedBy(key)) {
                report(new Problem(-1, null, "the tree head of size " + head.treeSize() + " signed at "
                        + head.timestamp() + " has no valid signature from the ledger's key"));
            }
            if (previous != null && head.timestamp().isBefore(previous.timestamp())) {
                report(new Problem(-1, null, "the tree head of size " + head.treeSize()
                        + " is dated before the smaller tree head of size " + previous.treeSize()));
            }
            if (head.treeSize() > leaves.size()) {
                report(new Problem(leaves.size(), null, "the tree head of size " + head.treeSize() + " covers "
                        + (head.treeSize() - leaves.size()) + " leaves that are not in the log"));
                break;
            }
            while (next < head.treeSize()) {
                range.append(leaves.get(next++));
            }
            if (!Arrays.equals(range.root(), head.rootHash())) {
                report(new Problem(-1, null, "the events do not produce the root signed in the tree head of size "
                        + head.treeSize() + " at " + head.timestamp()));
            }
            previous = head;
        }
        if (trusted != null) {
            checkAgainstTrusted();
        }
        long treeSize = heads.isEmpty() ? 0 : heads.get(heads.size() - 1).treeSize();
        return new Verdict(firstProblem == null, leaves.size(), heads.size(), treeSize, firstProblem);
    }

    private void checkAgainstTrusted() {
        if (!trusted.verifiedBy(key)) {
            report(new Problem(-1, null, "the trusted tree head of size " + trusted.treeSize()
                    + " is not signed by the ledger's key"));
        } else if (trusted.treeSize() > leaves.size()) {
            report(new Problem(leaves.size(), null, "the log has " + leaves.size() + " leaves, fewer than the "
                    + trusted.treeSize() + " of the tree head you trusted (signed at " + trusted.timestamp()
                    + "): it was truncated"));
        } else if (!Arrays.equals(MerkleTree.root(leaves, (int) trusted.treeSize()), trusted.rootHash())) {
            report(new Problem(-1, null, "the log is not consistent with the tree head you trusted (size "
                    + trusted.treeSize() + ", signed at " + trusted.timestamp() + "): its first "
                    + trusted.treeSize() + " leaves were rewritten"));
        }
    }

    /** Leaf problems are found in leaf order, so the first one reported is the first event that does not match. */
    private void report(Problem problem) {
        if (firstProblem == null) {
            firstProblem = problem;
        }
    }
}
