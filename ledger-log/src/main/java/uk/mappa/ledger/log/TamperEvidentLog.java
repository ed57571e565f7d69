package uk.mappa.ledger.log;

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
import uk.mappa.ledger.verify.Checkpoint;
import uk.mappa.ledger.verify.LogPublicKey;
import uk.mappa.ledger.verify.LogSigningKey;
import uk.mappa.ledger.verify.StoredEvent;
import uk.mappa.ledger.verify.TileAppender;
import uk.mappa.ledger.verify.TreeHead;

/**
 * Seals every stored event as a leaf of the Merkle tree, in the order it finds them, keeps the tree's hashes
 * in tiles, and signs a tree head whenever the tree has grown, on every node whose key is the log's
 * ({@link LogKeyGuard}); nodes take turns under a database lock. Each round reads only the events after the
 * highest position sealed and those at positions it skipped earlier (a transaction that took a position
 * but had not committed yet), so its cost follows what is new, not the size of the store; memory holds only
 * the right edge of the tiles.
 */
@Component
public class TamperEvidentLog {

    private static final Logger LOG = LoggerFactory.getLogger(TamperEvidentLog.class);
    static final int BATCH = 1000;
    /** Leaves tiled per read when tiling a log sealed before tiles existed. */
    private static final int TILING_BATCH = 10_000;

    private final LogStore store;
    private final TransactionTemplate transactions;
    private final LogSigningKey key;
    private final LogKeyGuard keyGuard;
    private final LogProperties properties;
    private final Clock clock;
    /** The right edge of the tiles as this node last left them; read again when another node sealed since. */
    private TileAppender tiles;

    TamperEvidentLog(LogStore store, TransactionTemplate transactions, LogSigningKey key, LogKeyGuard keyGuard,
                     LogProperties properties, Clock clock) {
        this.store = store;
        this.transactions = transactions;
        this.key = key;
        this.keyGuard = keyGuard;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${ledger.log.seal-interval:1s}", initialDelayString = "0s")
    synchronized void sealAndSign() {
        try {
            if (!keyGuard.mayWrite()) {
                return;
            }
            transactions.executeWithoutResult(status -> {
                LogStore.LogState state = tileSealedLeaves(store.lockState());
                state = sealNewEvents(state);
                store.recordState(state);
                signIfGrown();
            });
        } catch (RuntimeException e) {
            // What this attempt appended in memory was rolled back in the database: read the edge again.
            tiles = null;
            LOG.error("Sealing the event log failed; it will be tried again", e);
        }
    }

    /** Brings the tiles up to the sealed leaves: after another node sealed, or for a log sealed untiled. */
    private LogStore.LogState tileSealedLeaves(LogStore.LogState state) {
        if (tiles == null || tiles.size() != state.tileSize()) {
            tiles = TileAppender.resume(state.tileSize(), store::tile);
        }
        while (tiles.size() < state.leafCount()) {
            store.saveTiles(tiles.append(store.leafHashes(tiles.size(), TILING_BATCH)));
        }
        return new LogStore.LogState(state.leafCount(), tiles.size(), state.sealedThrough());
    }

    private LogStore.LogState sealNewEvents(LogStore.LogState state) {
        Instant now = clock.instant();
        List<StoredEvent> lateCommits = store.eventsInGaps();
        long leaves = seal(state.leafCount(), lateCommits, now);
        store.closeGaps(lateCommits.stream().map(StoredEvent::globalIndex).toList());
        store.forgetGapsSeenBefore(now.minus(properties.gapWindow()));

        long sealedThrough = state.sealedThrough();
        List<StoredEvent> batch;
        do {
            batch = store.eventsAfter(sealedThrough, BATCH);
            List<Long> skipped = new ArrayList<>();
            for (StoredEvent event : batch) {
                for (long position = sealedThrough + 1; position < event.globalIndex(); position++) {
                    skipped.add(position);
                }
                sealedThrough = event.globalIndex();
            }
            store.recordGaps(skipped, now);
            leaves = seal(leaves, batch, now);
        } while (batch.size() == BATCH);
        return new LogStore.LogState(leaves, tiles.size(), sealedThrough);
    }

    /** Seals events (in the order of the store) as the next leaves, adds them to the tiles; answers the count. */
    private long seal(long leafCount, List<StoredEvent> events, Instant at) {
        if (events.isEmpty()) {
            return leafCount;
        }
        List<byte[]> leafHashes = events.stream().map(StoredEvent::leafHash).toList();
        store.seal(leafCount, events, leafHashes, at);
        store.saveTiles(tiles.append(leafHashes));
        return leafCount + events.size();
    }

    private void signIfGrown() {
        long signedSize = store.latestTreeHead().map(TreeHead::treeSize).orElse(0L);
        if (tiles.size() > signedSize) {
            Checkpoint checkpoint = new Checkpoint(properties.origin(), tiles.size(), tiles.root());
            store.saveTreeHead(TreeHead.sign(tiles.size(), tiles.root(), clock.instant(), key),
                    checkpoint.sign(key).format());
        }
    }

    Optional<TreeHead> latestTreeHead() {
        return store.latestTreeHead();
    }

    public LogPublicKey publicKey() {
        return key.publicKey();
    }

    public String origin() {
        return properties.origin();
    }
}
