package uk.mappa.ledger.verify;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A signed statement of the log's size and root at an instant.
 *
 * @param timestamp kept to the millisecond, the precision that is signed
 */
public record TreeHead(long treeSize, byte[] rootHash, Instant timestamp, byte[] signature) {

    public static final String ALGORITHM = "Ed25519";
    static final String FORMAT = "uk-mappa-ledger-tree-head-v1";

    public TreeHead {
        timestamp = timestamp.truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * The bytes that are signed: UTF-8 of the format tag, the tree size, the root in lower-case hex and the
     * ISO-8601 timestamp, each on its own line.
     */
    public static byte[] signedBytes(long treeSize, byte[] rootHash, Instant timestamp) {
        return (FORMAT + "\n" + treeSize + "\n" + Hashes.hex(rootHash) + "\n"
                + timestamp.truncatedTo(ChronoUnit.MILLIS)).getBytes(StandardCharsets.UTF_8);
    }

    public static TreeHead sign(long treeSize, byte[] rootHash, Instant timestamp, LogSigningKey key) {
        return new TreeHead(treeSize, rootHash, timestamp, key.sign(signedBytes(treeSize, rootHash, timestamp)));
    }

    public boolean verifiedBy(LogPublicKey key) {
        return key.verify(signedBytes(treeSize, rootHash, timestamp), signature);
    }
}
