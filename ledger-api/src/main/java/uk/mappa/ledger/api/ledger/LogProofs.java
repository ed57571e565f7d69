package uk.mappa.ledger.api.ledger;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.mappa.ledger.core.rule.RuleViolation;
import uk.mappa.ledger.verify.Hashes;
import uk.mappa.ledger.verify.LogVerifier;
import uk.mappa.ledger.verify.MerkleTree;
import uk.mappa.ledger.verify.TreeHead;

/** Proofs from the log, and the live check of the whole log. */
@Component
public class LogProofs {

    private final TamperEvidentLog log;
    private final LogStore store;
    private final TransactionTemplate readOnly;

    LogProofs(TamperEvidentLog log, LogStore store, TransactionTemplate transactions) {
        this.log = log;
        this.store = store;
        this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
        this.readOnly.setReadOnly(true);
    }

    /** Proof of an event's inclusion in the tree of {@code treeSize} leaves (the latest signed one when null). */
    public LogViews.InclusionProofView inclusion(String eventId, Long treeSize) {
        long leafIndex = store.leafIndexOf(eventId).orElseThrow(() -> RuleViolation.notFound("event-not-sealed",
                "No sealed event " + eventId + " is in the log; events are sealed within seconds of being recorded."));
        TreeHead latest = log.latestTreeHead().orElseThrow(LogProofs::noTreeHead);
        long size = treeSize != null ? treeSize : latest.treeSize();
        if (size <= leafIndex || size > latest.treeSize()) {
            throw RuleViolation.unprocessable("invalid-tree-size", "Event " + eventId + " is leaf " + leafIndex
                    + "; ask for a tree size from " + (leafIndex + 1) + " to " + latest.treeSize() + ".");
        }
        List<byte[]> leaves = log.leaves(size);
        return new LogViews.InclusionProofView(eventId, leafIndex, size, Hashes.hex(leaves.get((int) leafIndex)),
                LogViews.hex(MerkleTree.inclusionProof(leaves, (int) leafIndex, (int) size)),
                store.treeHeadOfSize(size).map(LogViews.TreeHeadView::of).orElse(null));
    }

    public LogViews.ConsistencyProofView consistency(long first, long second) {
        long signed = log.latestTreeHead().map(TreeHead::treeSize).orElse(0L);
        if (first < 0 || first > second || second > signed) {
            throw RuleViolation.unprocessable("invalid-tree-size",
                    "Ask for 0 <= first <= second <= " + signed + " (the latest signed tree size).");
        }
        List<byte[]> leaves = log.leaves(second);
        return new LogViews.ConsistencyProofView(first, second, Hashes.hex(MerkleTree.root(leaves, (int) first)),
                Hashes.hex(MerkleTree.root(leaves, (int) second)),
                LogViews.hex(MerkleTree.consistencyProof(leaves, (int) first, (int) second)));
    }

    /** Recomputes every leaf, root and signature from the stored events, as the offline verifier does. */
    public LogViews.VerificationView verifyLive(Instant now) {
        return readOnly.execute(status -> {
            LogVerifier verifier = new LogVerifier(log.publicKey(), count -> { });
            store.forEachLeaf(verifier::leaf);
            store.forEachTreeHead(verifier::treeHead);
            return LogViews.VerificationView.of(verifier.finish(), store.countUnsealedBefore(now.minusSeconds(60)));
        });
    }

    static RuleViolation noTreeHead() {
        return RuleViolation.notFound("no-tree-head", "The log has no signed tree head yet; try again in a second.");
    }
}
