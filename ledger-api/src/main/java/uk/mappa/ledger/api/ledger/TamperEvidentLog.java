package uk.mappa.ledger.api.ledger;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.mappa.ledger.verify.CompactRange;
import uk.mappa.ledger.verify.LogPublicKey;
import uk.mappa.ledger.verify.LogSigningKey;
import uk.mappa.ledger.verify.StoredEvent;
import uk.mappa.ledger.verify.TreeHead;

/**
 * Seals every stored event as a leaf of the Merkle tree, in the order it finds them, and signs a tree
 * head whenever the tree has grown, on every node whose key is the log's ({@link LogKeyGuard}); nodes take
 * turns under a database lock. Keeps the leaf hashes in memory for proofs; another node's leaves are read
 * in before each use.
 */
@Component
class TamperEvidentLog {

    private static final Logger LOG = LoggerFactory.getLogger(TamperEvidentLog.class);
    static final int BATCH = 1000;

    private final LogStore store;
    private final TransactionTemplate transactions;
    private final LogSigningKey key;
    private final LogKeyGuard keyGuard;
    private final Clock clock;
    private final List<byte[]> leaves = new ArrayList<>();
    private CompactRange range = new CompactRange();

    TamperEvidentLog(LogStore store, TransactionTemplate transactions, LogSigningKey key, LogKeyGuard keyGuard,
                     Clock clock) {
        this.store = store;
        this.transactions = transactions;
        this.key = key;
        this.keyGuard = keyGuard;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${ledger.log.seal-interval:1s}", initialDelayString = "0s")
    void sealAndSign() {
        try {
            if (!keyGuard.mayWrite()) {
                return;
            }
            transactions.executeWithoutResult(status -> {
                long count = store.lockAndCountLeaves();
                catchUp(count);
                sealNewEvents();
                signIfGrown();
            });
        } catch (RuntimeException e) {
            // What this attempt appended in memory was rolled back in the database: read it all again.
            forget();
            LOG.error("Sealing the event log failed; it will be tried again", e);
        }
    }

    private void sealNewEvents() {
        List<StoredEvent> unsealed;
        do {
            unsealed = store.unsealed(BATCH);
            Instant now = clock.instant();
            for (StoredEvent event : unsealed) {
                byte[] leafHash = event.leafHash();
                store.seal(leaves.size(), event, leafHash, now);
                append(leafHash);
            }
            store.recordLeafCount(leaves.size());
        } while (unsealed.size() == BATCH);
    }

    private void signIfGrown() {
        long signedSize = store.latestTreeHead().map(TreeHead::treeSize).orElse(0L);
        if (leaves.size() > signedSize) {
            store.saveTreeHead(TreeHead.sign(leaves.size(), range.root(), clock.instant(), key));
        }
    }

    /** Reads in leaves sealed elsewhere (another node, or before a restart). */
    private synchronized void catchUp(long sealedCount) {
        if (leaves.size() < sealedCount) {
            store.leafHashesFrom(leaves.size()).forEach(this::appendUnsynchronised);
        }
    }

    private synchronized void forget() {
        leaves.clear();
        range = new CompactRange();
    }

    private synchronized void append(byte[] leafHash) {
        appendUnsynchronised(leafHash);
    }

    private void appendUnsynchronised(byte[] leafHash) {
        leaves.add(leafHash);
        range.append(leafHash);
    }

    /** The leaf hashes of the first {@code size} leaves, for proofs; reads in any sealed elsewhere first. */
    List<byte[]> leaves(long size) {
        catchUp(transactions.execute(status -> store.countLeaves()));
        synchronized (this) {
            if (size > leaves.size()) {
                throw new IllegalArgumentException("The log has " + leaves.size() + " leaves, not " + size);
            }
            return List.copyOf(leaves.subList(0, (int) size));
        }
    }

    Optional<TreeHead> latestTreeHead() {
        return store.latestTreeHead();
    }

    LogPublicKey publicKey() {
        return key.publicKey();
    }
}
