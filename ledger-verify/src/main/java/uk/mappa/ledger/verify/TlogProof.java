package uk.mappa.ledger.verify;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * A C2SP tlog-proof: an entry's index, its inclusion proof and the signed checkpoint it is proved against,
 * as one text a body can keep and check offline. The ledger puts the entry's RFC 6962 leaf hash in the
 * extra line, which the proof itself authenticates: a wrong leaf hash does not reach the signed root.
 */
public record TlogProof(byte[] extra, long index, List<byte[]> path, SignedNote.Note checkpoint) {

    static final String HEADER = "c2sp.org/tlog-proof@v1";

    public TlogProof {
        path = List.copyOf(path);
    }

    public String format() {
        StringBuilder proof = new StringBuilder(HEADER).append('\n');
        if (extra != null) {
            proof.append("extra ").append(Base64.getEncoder().encodeToString(extra)).append('\n');
        }
        proof.append("index ").append(index).append('\n');
        path.forEach(hash -> proof.append(Base64.getEncoder().encodeToString(hash)).append('\n'));
        return proof.append('\n').append(checkpoint.format()).toString();
    }

    /** Reads a proof; empty when it does not have the spec's form. */
    public static Optional<TlogProof> parse(String text) {
        int end = text.indexOf("\n\n");
        if (end < 0 || !text.startsWith(HEADER + "\n")) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>(List.of(text.substring(HEADER.length() + 1, end).split("\n")));
        try {
            byte[] extra = !lines.isEmpty() && lines.get(0).startsWith("extra ")
                    ? Base64.getDecoder().decode(lines.remove(0).substring("extra ".length())) : null;
            if (lines.isEmpty() || !lines.get(0).matches("index (0|[1-9][0-9]{0,18})")) {
                return Optional.empty();
            }
            long index = Long.parseLong(lines.remove(0).substring("index ".length()));
            List<byte[]> path = new ArrayList<>();
            for (String line : lines) {
                byte[] hash = Base64.getDecoder().decode(line);
                if (hash.length != Hashes.SIZE) {
                    return Optional.empty();
                }
                path.add(hash);
            }
            Optional<SignedNote.Note> note = SignedNote.parse(text.substring(end + 2));
            return note.map(checkpoint -> new TlogProof(extra, index, path, checkpoint));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /**
     * Whether the checkpoint is the log's (its origin, signed by its key) and the leaf hash is at the index
     * of the tree it names.
     */
    public boolean proves(byte[] leafHash, String origin, LogPublicKey logKey) {
        if (!checkpoint.verifiedBy(origin, logKey)) {
            return false;
        }
        return Checkpoint.parse(checkpoint.text()).filter(named -> named.origin().equals(origin))
                .map(named -> MerkleTree.verifyInclusion(index, named.treeSize(), leafHash, path, named.rootHash()))
                .orElse(false);
    }
}
