package uk.mappa.ledger.verify;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * A C2SP tlog-checkpoint: the text of a signed note naming the log (its origin), the tree size and the
 * base64 RFC 6962 root, one to a line. The ledger adds no extension lines.
 */
public record Checkpoint(String origin, long treeSize, byte[] rootHash) {

    public Checkpoint {
        if (origin == null || origin.isEmpty() || origin.contains("\n") || treeSize < 0 || rootHash == null
                || rootHash.length != Hashes.SIZE) {
            throw new IllegalArgumentException("A checkpoint needs an origin, a size and a SHA-256 root");
        }
    }

    public String text() {
        return origin + "\n" + treeSize + "\n" + Base64.getEncoder().encodeToString(rootHash) + "\n";
    }

    /** The checkpoint signed by the log's key, its key name the origin (as the spec recommends). */
    public SignedNote.Note sign(LogSigningKey key) {
        return new SignedNote.Note(text(), java.util.List.of(SignedNote.sign(text(), origin, key)));
    }

    /** Reads a checkpoint's text; empty when it is not one (extension lines are allowed and ignored). */
    public static Optional<Checkpoint> parse(String text) {
        String[] lines = text.split("\n", -1);
        if (lines.length < 4 || !lines[lines.length - 1].isEmpty() || lines[0].isEmpty()
                || !lines[1].matches("0|[1-9][0-9]{0,18}")) {
            return Optional.empty();
        }
        for (int i = 3; i < lines.length - 1; i++) {
            if (lines[i].isEmpty()) {
                return Optional.empty();
            }
        }
        try {
            byte[] root = Base64.getDecoder().decode(lines[2].getBytes(StandardCharsets.US_ASCII));
            return root.length == Hashes.SIZE
                    ? Optional.of(new Checkpoint(lines[0], Long.parseLong(lines[1]), root)) : Optional.empty();
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
