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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogVerifierTest {

    final LogSigningKey key = LogSigningKey.generate();

    static StoredEvent event(int i) {
        return new StoredEvent(i + 1, "event-" + i, "aggregate-" + i, 0, "Share", "2026-04-01T10:00:0" + (i % 10) + "Z",
                "uk.mappa.ledger.core.share.ShareRecorded", "1", ("{\"n\":" + i + "}").getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));
    }

    /** An export of five events with tree heads at sizes 3 and 5. */
    List<String> export() {
        List<String> lines = new ArrayList<>();
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            StoredEvent event = event(i);
            leaves.add(event.leafHash());
            lines.add(ExportFormat.eventLine(new ExportFormat.Leaf(i, event.eventIdentifier(), event.leafHash(), event)));
        }
        lines.add(ExportFormat.treeHeadLine(TreeHead.sign(3, MerkleTree.root(leaves, 3), Instant.parse("2026-04-01T10:00:01Z"), key)));
        lines.add(ExportFormat.treeHeadLine(TreeHead.sign(5, MerkleTree.root(leaves, 5), Instant.parse("2026-04-01T10:00:02Z"), key)));
        return lines;
    }

    LogVerifier.Verdict verify(List<String> lines, LogPublicKey publicKey) {
        LogVerifier verifier = new LogVerifier(publicKey, count -> { });
        for (String line : lines) {
            Object item = ExportFormat.parse(line);
            if (item instanceof TreeHead head) {
                verifier.treeHead(head);
            } else {
                verifier.leaf((ExportFormat.Leaf) item);
            }
        }
        return verifier.finish();
    }

    @Test
    void anIntactExportVerifies() {
        LogVerifier.Verdict verdict = verify(export(), key.publicKey());
        assertThat(verdict.intact()).isTrue();
        assertThat(verdict.describe()).startsWith("VERIFIED: 5 events, 2 signed tree heads");
    }

    @Test
    void aChangedPayloadIsNamed() {
        List<String> lines = export();
        lines.set(2, lines.get(2).replace(java.util.Base64.getEncoder().encodeToString("{\"n\":2}".getBytes()),
                java.util.Base64.getEncoder().encodeToString("{\"n\":7}".getBytes())));
        LogVerifier.Verdict verdict = verify(lines, key.publicKey());
        assertThat(verdict.intact()).isFalse();
        assertThat(verdict.firstProblem().eventIdentifier()).isEqualTo("event-2");
        assertThat(verdict.describe()).contains("event event-2 (leaf 2)");
    }

    @Test
    void aDroppedLeafIsFound() {
        List<String> lines = export();
        lines.remove(1);
        LogVerifier.Verdict verdict = verify(lines, key.publicKey());
        assertThat(verdict.intact()).isFalse();
        assertThat(verdict.firstProblem().leafIndex()).isEqualTo(1);
    }

    @Test
    void aTreeHeadSignedByAnotherKeyFails() {
        LogVerifier.Verdict verdict = verify(export(), LogSigningKey.generate().publicKey());
        assertThat(verdict.intact()).isFalse();
        assertThat(verdict.describe()).contains("no valid signature");
    }

    @Test
    void theCommandLineVerifierPrintsAVerdictAndExitsNonZeroOnTampering(@TempDir Path dir) throws Exception {
        Path export = dir.resolve("export.jsonl");
        Path pem = dir.resolve("ledger.pem");
        Files.write(export, export());
        Files.writeString(pem, key.publicKey().pem());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int intact = VerifyCommand.run(new String[] {export.toString(), "--public-key", pem.toString()},
                new PrintStream(out), new PrintStream(new ByteArrayOutputStream()));
        assertThat(intact).isZero();
        assertThat(out.toString()).startsWith("VERIFIED");

        List<String> tampered = export();
        tampered.set(4, tampered.get(4).replace("aggregate-4", "aggregate-X"));
        Files.write(export, tampered);
        out.reset();
        int failed = VerifyCommand.run(new String[] {export.toString(), "--public-key", pem.toString()},
                new PrintStream(out), new PrintStream(new ByteArrayOutputStream()));
        assertThat(failed).isEqualTo(1);
        assertThat(out.toString()).contains("FAILED").contains("event-4");

        assertThat(VerifyCommand.run(new String[] {export.toString()}, new PrintStream(out),
                new PrintStream(new ByteArrayOutputStream()))).isEqualTo(2);
    }

    /** The same log signed again after changes: every signature in it checks. */
    List<String> resigned(List<StoredEvent> events) {
        List<String> lines = new ArrayList<>();
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            StoredEvent event = events.get(i);
            leaves.add(event.leafHash());
            lines.add(ExportFormat.eventLine(new ExportFormat.Leaf(i, event.eventIdentifier(), event.leafHash(), event)));
        }
        lines.add(ExportFormat.treeHeadLine(TreeHead.sign(events.size(), MerkleTree.root(leaves, events.size()),
                Instant.parse("2026-04-02T10:00:00Z"), key)));
        return lines;
    }

    @Test
    void aTruncatedOrRewrittenLogSignedAgainIsCaughtByATreeHeadTrustedEarlier(@TempDir Path dir) throws Exception {
        String trustedAtThree = export().get(5);
        Path head = dir.resolve("trusted-head.json");
        Path pem = dir.resolve("ledger.pem");
        Path export = dir.resolve("export.jsonl");
        Files.writeString(head, trustedAtThree.replace("\"type\":\"treeHead\",", ""));
        Files.writeString(pem, key.publicKey().pem());

        Files.write(export, export());
        assertThat(runWithTrustedHead(export, pem, head)).startsWith("VERIFIED");

        Files.write(export, resigned(List.of(event(0), event(1))));
        assertThat(verify(resigned(List.of(event(0), event(1))), key.publicKey()).intact()).isTrue();
        assertThat(runWithTrustedHead(export, pem, head)).contains("FAILED").contains("fewer than the 3")
                .contains("truncated");

        Files.write(export, resigned(List.of(event(0), event(7), event(2), event(3))));
        assertThat(runWithTrustedHead(export, pem, head)).contains("FAILED").contains("not consistent with the tree"
                + " head you trusted");

        Files.writeString(head, ExportFormat.treeHeadLine(TreeHead.sign(3, new byte[32], Instant.now(),
                LogSigningKey.generate())));
        Files.write(export, export());
        assertThat(runWithTrustedHead(export, pem, head)).contains("is not signed by the ledger's key");
    }

    private String runWithTrustedHead(Path export, Path pem, Path head) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VerifyCommand.run(new String[] {export.toString(), "--public-key", pem.toString(), "--trusted-head",
                head.toString()}, new PrintStream(out), new PrintStream(new ByteArrayOutputStream()));
        return out.toString();
    }

    @Test
    void aKeyWrittenAsPemReadsBack(@TempDir Path dir) {
        Path file = dir.resolve("keys/ledger-log-key.pem");
        LogSigningKey created = LogSigningKey.loadOrCreate(file);
        LogSigningKey loaded = LogSigningKey.loadOrCreate(file);
        byte[] message = "tree head".getBytes();
        assertThat(loaded.publicKey().verify(message, created.sign(message))).isTrue();
        assertThat(LogPublicKey.fromPem(created.publicKey().pem()).verify(message, loaded.sign(message))).isTrue();
    }
}
