package uk.mappa.ledger.verify;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A C2SP tlog-witness: cosigns a log's checkpoint only when it is signed by the log's key and consistent
 * with the latest checkpoint the witness cosigned for that log, so that a log cannot show one history to
 * one board and another to the next without a witness noticing. A checkpoint signed by the log that
 * contradicts what the witness cosigned is kept as evidence of a split view.
 */
public final class Witness {

    /** The HTTP answer to an add-checkpoint request, as the protocol defines it. */
    public record Response(int status, String contentType, String body) {

        static Response text(int status, String body) {
            return new Response(status, "text/plain; charset=utf-8", body);
        }
    }

    /** What the witness keeps: the latest checkpoint it cosigned per log, and evidence of split views. */
    public interface State {

        Optional<Checkpoint> latest(String origin);

        /** Records {@code next} as the latest if the latest is still of {@code expectedSize}; atomically. */
        boolean advance(String origin, long expectedSize, Checkpoint next);

        /** Keeps a checkpoint signed by the log that contradicts the one cosigned, and why. */
        void recordSplitView(String origin, Checkpoint cosigned, String contradicting, String reason);
    }

    static final int MAX_PROOF_LINES = 63;
    public static final String SIZE_TYPE = "text/x.tlog.size";

    private final String name;
    private final LogSigningKey key;
    private final Map<String, LogPublicKey> logs;
    private final State state;
    private final Clock clock;

    /** @param logs the logs this witness follows: each origin and the key its checkpoints are signed with */
    public Witness(String name, LogSigningKey key, Map<String, LogPublicKey> logs, State state, Clock clock) {
        if (!SignedNote.validKeyName(name)) {
            throw new IllegalArgumentException("A witness name has no spaces or plus signs: " + name);
        }
        this.name = name;
        this.key = key;
        this.logs = Map.copyOf(logs);
        this.state = state;
        this.clock = clock;
    }

    public String verifierKey() {
        return Cosignature.verifierKey(name, key.publicKey());
    }

    /** POST add-checkpoint: {@code old <size>}, the consistency proof, a blank line, the signed checkpoint. */
    public synchronized Response addCheckpoint(String body) {
        int blank = body.indexOf("\n\n");
        if (blank < 0) {
            return Response.text(400, "The request has no blank line before the checkpoint.\n");
        }
        List<String> head = List.of(body.substring(0, blank).split("\n", -1));
        if (!head.get(0).matches("old (0|[1-9][0-9]{0,18})") || head.size() - 1 > MAX_PROOF_LINES) {
            return Response.text(400, "The first line must be 'old <size>', then at most 63 proof lines.\n");
        }
        long old = Long.parseLong(head.get(0).substring(4));
        List<byte[]> proof = new ArrayList<>();
        for (String line : head.subList(1, head.size())) {
            Optional<byte[]> hash = hash(line);
            if (hash.isEmpty()) {
                return Response.text(400, "A consistency proof line is not a base64 SHA-256 hash.\n");
            }
            proof.add(hash.get());
        }
        String note = body.substring(blank + 2);
        Optional<SignedNote.Note> signed = SignedNote.parse(note);
        Optional<Checkpoint> checkpoint = signed.flatMap(parsed -> Checkpoint.parse(parsed.text()));
        if (checkpoint.isEmpty()) {
            return Response.text(400, "The request does not end in a signed checkpoint.\n");
        }
        return judge(old, proof, note, signed.get(), checkpoint.get());
    }

    private Response judge(long old, List<byte[]> proof, String note, SignedNote.Note signed, Checkpoint checkpoint) {
        String origin = checkpoint.origin();
        LogPublicKey logKey = logs.get(origin);
        if (logKey == null) {
            return Response.text(404, "This witness does not follow " + origin + ".\n");
        }
        if (!signed.verifiedBy(origin, logKey)) {
            return Response.text(403, "The checkpoint is not signed by the key of " + origin + ".\n");
        }
        if (old > checkpoint.treeSize()) {
            return Response.text(400, "The old size is larger than the checkpoint's.\n");
        }
        Optional<Checkpoint> latest = state.latest(origin);
        long latestSize = latest.map(Checkpoint::treeSize).orElse(0L);
        if (old != latestSize) {
            return new Response(409, SIZE_TYPE, latestSize + "\n");
        }
        if (latest.isPresent() && !consistent(latest.get(), checkpoint, proof)) {
            boolean sameSize = old == checkpoint.treeSize();
            state.recordSplitView(origin, latest.get(), note, sameSize ? "same tree size, another root"
                    : "no consistency proof from the cosigned checkpoint");
            return sameSize ? Response.text(409, "The log signed another root for a size this witness cosigned.\n")
                    : Response.text(422, "The consistency proof does not verify.\n");
        }
        if (latest.isEmpty() && !proof.isEmpty()) {
            return Response.text(422, "The proof from size 0 must be empty.\n");
        }
        if (!state.advance(origin, old, checkpoint)) {
            return new Response(409, SIZE_TYPE, state.latest(origin).map(Checkpoint::treeSize).orElse(0L) + "\n");
        }
        return Response.text(200, Cosignature.sign(checkpoint.text(), name, key, clock.instant()).line());
    }

    private static boolean consistent(Checkpoint cosigned, Checkpoint next, List<byte[]> proof) {
        return MerkleTree.verifyConsistency(cosigned.treeSize(), next.treeSize(), cosigned.rootHash(),
                next.rootHash(), proof);
    }

    private static Optional<byte[]> hash(String line) {
        try {
            byte[] hash = Base64.getDecoder().decode(line);
            return hash.length == Hashes.SIZE ? Optional.of(hash) : Optional.empty();
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    /** The body of an add-checkpoint request, as a log sends it. */
    public static String request(long oldSize, List<byte[]> proof, String signedCheckpoint) {
        StringBuilder body = new StringBuilder("old ").append(oldSize).append('\n');
        proof.forEach(hash -> body.append(Base64.getEncoder().encodeToString(hash)).append('\n'));
        return body.append('\n').append(signedCheckpoint).toString();
    }
}
