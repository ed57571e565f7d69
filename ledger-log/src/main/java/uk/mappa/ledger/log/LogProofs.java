package uk.mappa.ledger.log;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.mappa.ledger.core.rule.RuleViolation;
import uk.mappa.ledger.verify.Checkpoint;
import uk.mappa.ledger.verify.Hashes;
import uk.mappa.ledger.verify.LogVerifier;
import uk.mappa.ledger.verify.MerkleTree;
import uk.mappa.ledger.verify.NodeSource;
import uk.mappa.ledger.verify.SignedNote;
import uk.mappa.ledger.verify.Tiles;
import uk.mappa.ledger.verify.TlogProof;
import uk.mappa.ledger.verify.TreeHead;

/** Proofs from the log, and the live check of the whole log. */
@Component
public class LogProofs {

    private final TamperEvidentLog log;
    private final LogStore store;
    /** Witnesses' cosignatures a checkpoint needs before a receipt cites it. */
    private final int quorum;
    private final TransactionTemplate readOnly;
    private final AtomicReference<LastVerification> lastVerification = new AtomicReference<>();

    LogProofs(TamperEvidentLog log, LogStore store, TransactionTemplate transactions, LogProperties properties) {
        this.log = log;
        this.store = store;
        this.quorum = properties.witnessQuorum();
        this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
        this.readOnly.setReadOnly(true);
    }

    /** Proof of an event's inclusion in the tree of {@code treeSize} leaves (the latest signed one when null). */
    public LogViews.InclusionProofView inclusion(String eventId, Long treeSize) {
        LogStore.SealedLeaf leaf = sealedLeaf(eventId);
        long leafIndex = leaf.index();
        TreeHead latest = log.latestTreeHead().orElseThrow(LogProofs::noTreeHead);
        long size = treeSize != null ? treeSize : latest.treeSize();
        if (size <= leafIndex || size > latest.treeSize()) {
            throw RuleViolation.unprocessable("invalid-tree-size", "Event " + eventId + " is leaf " + leafIndex
                    + "; ask for a tree size from " + (leafIndex + 1) + " to " + latest.treeSize() + ".");
        }
        return new LogViews.InclusionProofView(eventId, leafIndex, size, Hashes.hex(leaf.hash()),
                LogViews.hex(MerkleTree.inclusionProof(tiles(), leafIndex, size)),
                store.treeHeadOfSize(size).map(LogViews.TreeHeadView::of).orElse(null));
    }

    public LogViews.ConsistencyProofView consistency(long first, long second) {
        long signed = log.latestTreeHead().map(TreeHead::treeSize).orElse(0L);
        if (first < 0 || first > second || second > signed) {
            throw RuleViolation.unprocessable("invalid-tree-size",
                    "Ask for 0 <= first <= second <= " + signed + " (the latest signed tree size).");
        }
        NodeSource tiles = tiles();
        return new LogViews.ConsistencyProofView(first, second, Hashes.hex(MerkleTree.root(tiles, first)),
                Hashes.hex(MerkleTree.root(tiles, second)),
                LogViews.hex(MerkleTree.consistencyProof(tiles, first, second)));
    }

    /** A consistency proof between two sizes the tiles hold, for a witness. */
    List<byte[]> consistencyProof(long first, long second) {
        return MerkleTree.consistencyProof(tiles(), first, second);
    }

    /**
     * The event's inclusion in the latest signed checkpoint that enough witnesses cosigned, as a C2SP tlog-proof (the leaf hash in its extra
     * line), for a body to keep and check offline.
     */
    public TlogProof tlogProof(String eventId) {
        LogStore.SealedLeaf leaf = sealedLeaf(eventId);
        SignedNote.Note note = store.latestCheckpoint(quorum).map(LogStore.StoredCheckpoint::note)
                .flatMap(SignedNote::parse).orElseThrow(() -> RuleViolation.notFound("event-not-sealed",
                        "No checkpoint has the cosignatures of " + quorum + " witnesses yet; ask again shortly."));
        long size = Checkpoint.parse(note.text()).orElseThrow().treeSize();
        if (size <= leaf.index()) {
            throw RuleViolation.notFound("event-not-sealed", "Event " + eventId + " is sealed but no checkpoint"
                    + " covers it yet; ask again in a second.");
        }
        return new TlogProof(leaf.hash(), leaf.index(), MerkleTree.inclusionProof(tiles(), leaf.index(), size), note);
    }

    /** A tile as the C2SP tlog-tiles API serves it: exactly its width of hashes, if the log has that many. */
    public Optional<byte[]> tile(Tiles.TileName name) {
        byte[] stored = store.tile(name.level(), name.index());
        int length = name.width() * Hashes.SIZE;
        return stored == null || stored.length < length ? Optional.empty()
                : Optional.of(stored.length == length ? stored : Arrays.copyOf(stored, length));
    }

    /** The latest signed tree head, if the log has signed one yet. */
    public Optional<LogViews.TreeHeadView> latestTreeHead() {
        return log.latestTreeHead().map(LogViews.TreeHeadView::of);
    }

    /** How many events the log has sealed. */
    public long leafCount() {
        return store.countLeaves();
    }

    /** Whether the event is sealed in the log yet (one indexed read), so a page can offer its receipt. */
    public boolean isSealed(String eventId) {
        return store.leafOf(eventId).isPresent();
    }

    private LogStore.SealedLeaf sealedLeaf(String eventId) {
        return store.leafOf(eventId).orElseThrow(() -> RuleViolation.notFound("event-not-sealed",
                "No sealed event " + eventId + " is in the log; events are sealed within seconds of being recorded."));
    }

    /** The tree's perfect subtrees read from the stored tiles, each tile once for this proof. */
    private NodeSource tiles() {
        return Tiles.nodes(store::tile);
    }

    /** Recomputes every leaf, root and signature from the stored events, as the offline verifier does. */
    public LogViews.VerificationView verifyLive(Instant now) {
        return verifyLive(now, count -> { });
    }

    /** The same, telling {@code progress} how many leaves it has checked as it goes. */
    public LogViews.VerificationView verifyLive(Instant now, java.util.function.LongConsumer progress) {
        LogViews.VerificationView verdict = readOnly.execute(status -> {
            LogVerifier verifier = new LogVerifier(log.publicKey(), progress);
            store.forEachLeaf(verifier::leaf);
            store.forEachTreeHead(verifier::treeHead);
            return LogViews.VerificationView.of(verifier.finish(), store.countUnsealedBefore(now.minusSeconds(60)));
        });
        lastVerification.set(new LastVerification(now, verdict.intact() && verdict.eventsAwaitingSeal() == 0));
        return verdict;
    }

    /** When the live log was last verified on this node, and whether it was intact with nothing left unsealed. */
    public record LastVerification(Instant at, boolean intact) {
    }

    public Optional<LastVerification> lastVerification() {
        return Optional.ofNullable(lastVerification.get());
    }

    public static RuleViolation noTreeHead() {
        return RuleViolation.notFound("no-tree-head", "The log has no signed tree head yet; try again in a second.");
    }
}
