package uk.mappa.ledger.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the verifier reports, and how the command line reads its input and arguments. */
class LogVerifierEdgesTest {

    final LogSigningKey key = LogSigningKey.generate();

    static ExportFormat.Leaf leaf(int i) {
        StoredEvent event = LogVerifierTest.event(i);
        return new ExportFormat.Leaf(i, event.eventIdentifier(), event.leafHash(), event);
    }

    static List<byte[]> hashes(int count) {
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            leaves.add(LogVerifierTest.event(i).leafHash());
        }
        return leaves;
    }

    TreeHead head(int size, String at) {
        return TreeHead.sign(size, MerkleTree.root(hashes(size), size), Instant.parse(at), key);
    }

    LogVerifier verifier(int leaves, AtomicLong progress) {
        LogVerifier verifier = new LogVerifier(key.publicKey(), progress::set);
        for (int i = 0; i < leaves; i++) {
            verifier.leaf(leaf(i));
        }
        return verifier;
    }

    @Test
    void treeHeadsAreCheckedInOrderOfSizeWhateverOrderTheyCameIn() {
        LogVerifier verifier = verifier(5, new AtomicLong());
        verifier.treeHead(head(5, "2026-04-01T10:00:02Z"));
        verifier.treeHead(head(3, "2026-04-01T10:00:01Z"));
        LogVerifier.Verdict verdict = verifier.finish();
        assertThat(verdict.intact()).as(verdict.describe()).isTrue();
        assertThat(verdict.treeSize()).isEqualTo(5);
        assertThat(verdict.treeHeads()).isEqualTo(2);
    }

    @Test
    void aLargerTreeHeadDatedBeforeASmallerOneIsAProblem() {
        LogVerifier verifier = verifier(5, new AtomicLong());
        verifier.treeHead(head(3, "2026-04-01T10:00:05Z"));
        verifier.treeHead(head(5, "2026-04-01T10:00:01Z"));
        assertThat(verifier.finish().describe()).contains("the tree head of size 5 is dated before the smaller tree"
                + " head of size 3");
    }

    @Test
    void aTreeHeadCoveringLeavesNotInTheLogSaysHowMany() {
        LogVerifier verifier = verifier(3, new AtomicLong());
        verifier.treeHead(head(5, "2026-04-01T10:00:01Z"));
        LogVerifier.Verdict verdict = verifier.finish();
        assertThat(verdict.intact()).isFalse();
        assertThat(verdict.describe()).contains("covers 2 leaves that are not in the log");
        assertThat(verdict.firstProblem().leafIndex()).isEqualTo(3);
    }

    @Test
    void aSealedEventMissingFromTheStoreIsNamed() {
        LogVerifier verifier = new LogVerifier(key.publicKey(), count -> { });
        verifier.leaf(leaf(0));
        ExportFormat.Leaf gone = leaf(1);
        verifier.leaf(new ExportFormat.Leaf(1, gone.eventIdentifier(), gone.sealedLeafHash(), null));
        verifier.treeHead(head(2, "2026-04-01T10:00:01Z"));
        LogVerifier.Verdict verdict = verifier.finish();
        assertThat(verdict.describe()).contains("event event-1 (leaf 1)").contains("missing from the event store");
    }

    @Test
    void aRootThatTheEventsDoNotProduceIsAProblem() {
        LogVerifier verifier = verifier(3, new AtomicLong());
        verifier.treeHead(TreeHead.sign(3, new byte[32], Instant.parse("2026-04-01T10:00:01Z"), key));
        assertThat(verifier.finish().describe()).contains("do not produce the root signed in the tree head of size 3");
    }

    @Test
    void aTrustedHeadOfTheWholeLogVerifies() {
        LogVerifier verifier = verifier(5, new AtomicLong());
        verifier.treeHead(head(5, "2026-04-01T10:00:02Z"));
        verifier.trust(head(5, "2026-04-01T10:00:02Z"));
        assertThat(verifier.finish().intact()).isTrue();
    }

    @Test
    void progressIsReportedEveryTenThousandEvents() {
        AtomicLong progress = new AtomicLong();
        LogVerifier verifier = verifier(LogVerifier.PROGRESS_EVERY - 1, progress);
        assertThat(progress.get()).isZero();
        verifier.leaf(leaf(LogVerifier.PROGRESS_EVERY - 1));
        assertThat(progress.get()).isEqualTo(LogVerifier.PROGRESS_EVERY);
    }

    @Test
    void theCommandLineRefusesBadUsageAndNamesAMalformedLine(@TempDir Path dir) throws Exception {
        Path pem = dir.resolve("ledger.pem");
        Files.writeString(pem, key.publicKey().pem());
        Path export = dir.resolve("export.jsonl");
        Files.write(export, List.of(ExportFormat.eventLine(leaf(0)), "", ExportFormat.treeHeadLine(
                head(1, "2026-04-01T10:00:01Z"))));

        assertThat(run(export.toString(), "--public-key", pem.toString())).startsWith("0 VERIFIED: 1 events");
        assertThat(run(export.toString(), "--public-key")).startsWith("2 ");
        assertThat(run(export.toString(), "--key", pem.toString())).startsWith("2 ");
        assertThat(run(export.toString(), "--public-key", pem.toString(), "--other", "x")).startsWith("2 ");
        assertThat(run(export.toString(), "--public-key", dir.resolve("missing.pem").toString())).startsWith("2 ");
        assertThat(run(export.toString(), "--public-key", pem.toString(), "--trusted-head", pem.toString()))
                .startsWith("2 ");

        Files.write(export, List.of(ExportFormat.eventLine(leaf(0)), "{\"type\": \"nonsense\"}"));
        assertThat(run(export.toString(), "--public-key", pem.toString())).startsWith("1 FAILED: line 2 of")
                .contains("not a valid export line");
    }

    private static String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = VerifyCommand.run(args, new PrintStream(out), new PrintStream(err));
        return code + " " + out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }
}
