package uk.mappa.ledger.log;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import uk.mappa.ledger.verify.Hashes;
import uk.mappa.ledger.verify.LogVerifier;
import uk.mappa.ledger.verify.TreeHead;

/** How the log's heads, proofs and verdicts appear in the API: hashes in hex, signatures in base64. */
public final class LogViews {

    private LogViews() {
    }

    /** A signed tree head; the signature covers {@code uk-mappa-ledger-tree-head-v1}, size, root and time. */
    public record TreeHeadView(long treeSize, String rootHash, Instant timestamp, String algorithm, String signature) {

        public static TreeHeadView of(TreeHead head) {
            return new TreeHeadView(head.treeSize(), Hashes.hex(head.rootHash()), head.timestamp(), TreeHead.ALGORITHM,
                    Base64.getEncoder().encodeToString(head.signature()));
        }
    }

    /** Proof that an event is leaf {@code leafIndex} of the tree of {@code treeSize} leaves. */
    public record InclusionProofView(String eventId, long leafIndex, long treeSize, String leafHash,
                                     List<String> auditPath, TreeHeadView treeHead) {
    }

    /** Proof that the tree of {@code second} leaves extends the tree of {@code first}. */
    public record ConsistencyProofView(long first, long second, String firstRootHash, String secondRootHash,
                                       List<String> proof) {
    }

    /** A witness's progress: the largest checkpoint it cosigned, and its last refusal. */
    public record WitnessView(String name, String verifierKey, long cosignedSize, long behindBy,
                              java.time.Instant lastAttemptAt, String lastError) {
    }

    /** The outcome of checking the live log. */
    public record VerificationView(boolean intact, String summary, long events, long treeHeads, long treeSize,
                                   long eventsAwaitingSeal, Problem firstProblem) {

        /** The first thing found wrong. */
        public record Problem(long leafIndex, String eventIdentifier, String description) {
        }

        static VerificationView of(LogVerifier.Verdict verdict, long awaitingSeal) {
            LogVerifier.Problem problem = verdict.firstProblem();
            return new VerificationView(verdict.intact(), verdict.describe(), verdict.events(), verdict.treeHeads(),
                    verdict.treeSize(), awaitingSeal, problem == null ? null
                    : new Problem(problem.leafIndex(), problem.eventIdentifier(), problem.description()));
        }
    }

    static List<String> hex(List<byte[]> hashes) {
        return hashes.stream().map(Hashes::hex).toList();
    }
}
