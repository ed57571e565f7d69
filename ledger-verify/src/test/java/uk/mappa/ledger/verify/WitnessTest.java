package uk.mappa.ledger.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The witness protocol of c2sp.org/tlog-witness, each answer the specification names. */
class WitnessTest {

    static final String ORIGIN = "ledger.example/log";
    static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    final LogSigningKey log = LogSigningKey.generate();
    final LogSigningKey witnessKey = LogSigningKey.generate();
    final List<byte[]> leaves = TilesTest.leaves(40);
    @TempDir
    Path folder;
    FileWitnessState state;
    Witness witness;

    @BeforeEach
    void witness() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        state = new FileWitnessState(folder, clock);
        witness = new Witness("inspectorate.example/witness", witnessKey, Map.of(ORIGIN, log.publicKey()), state,
                clock);
    }

    String checkpoint(List<byte[]> tree, int size, LogSigningKey key) {
        return new Checkpoint(ORIGIN, size, MerkleTree.root(tree, size)).sign(key).format();
    }

    Witness.Response submit(long old, int size) {
        return witness.addCheckpoint(Witness.request(old, MerkleTree.consistencyProof(leaves, (int) old, size),
                checkpoint(leaves, size, log)));
    }

    @Test
    void aFirstCheckpointIsCosignedAndTheCosignatureVerifiesWithTheWitnessesKey() {
        Witness.Response response = submit(0, 10);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).startsWith("\u2014 inspectorate.example/witness ").endsWith("\n");
        SignedNote.Note cosigned = SignedNote.parse(checkpoint(leaves, 10, log) + response.body()).orElseThrow();
        SignedNote.VerifierKey key = SignedNote.parseVerifierKey(witness.verifierKey()).orElseThrow();
        assertThat(key.witness()).isTrue();
        assertThat(Cosignature.verifiedTime(cosigned, key.name(), key.key())).contains(NOW);
        assertThat(key.verifies(cosigned)).isTrue();
        assertThat(cosigned.verifiedBy(ORIGIN, log.publicKey())).isTrue();
        assertThat(state.latest(ORIGIN).orElseThrow().treeSize()).isEqualTo(10);
    }

    @Test
    void aLaterCheckpointWithAConsistencyProofFromTheLastCosignedIsCosigned() {
        assertThat(submit(0, 10).status()).isEqualTo(200);
        assertThat(submit(10, 25).status()).isEqualTo(200);
        assertThat(submit(25, 25).status()).isEqualTo(200);
        assertThat(submit(25, 40).status()).isEqualTo(200);
        assertThat(state.latest(ORIGIN).orElseThrow().treeSize()).isEqualTo(40);
        assertThat(state.splitViews()).isEmpty();
    }

    @Test
    void aStaleOldSizeIsAConflictThatNamesTheSizeCosigned() {
        assertThat(submit(0, 10).status()).isEqualTo(200);
        Witness.Response stale = submit(0, 25);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).isEqualTo("text/x.tlog.size");
        assertThat(stale.body()).isEqualTo("10\n");
        Witness.Response ahead = submit(12, 25);
        assertThat(ahead.status()).isEqualTo(409);
        assertThat(ahead.body()).isEqualTo("10\n");
    }

    @Test
    void aForkedCheckpointIsRefusedAndKeptAsEvidenceOfASplitView() {
        assertThat(submit(0, 25).status()).isEqualTo(200);
        List<byte[]> fork = TilesTest.leaves(40).subList(0, 40);
        fork = new java.util.ArrayList<>(fork);
        fork.set(3, MerkleTree.leafHash("another history".getBytes()));
        Witness.Response forked = witness.addCheckpoint(Witness.request(25, MerkleTree.consistencyProof(fork, 25, 40),
                checkpoint(fork, 40, log)));
        assertThat(forked.status()).isEqualTo(422);
        Witness.Response sameSize = witness.addCheckpoint(Witness.request(25, List.of(), checkpoint(fork, 25, log)));
        assertThat(sameSize.status()).isEqualTo(409);
        assertThat(sameSize.contentType()).startsWith("text/plain");

        List<String> evidence = state.splitViews();
        assertThat(evidence).hasSize(2);
        assertThat(evidence.get(0)).contains("origin " + ORIGIN).contains("no consistency proof")
                .contains(new Checkpoint(ORIGIN, 25, MerkleTree.root(leaves, 25)).text())
                .contains(checkpoint(fork, 40, log));
        assertThat(evidence.get(1)).contains("same tree size, another root");
        assertThat(state.latest(ORIGIN).orElseThrow().treeSize()).isEqualTo(25);
    }

    @Test
    void checkpointsOfUnknownLogsOrNotSignedByTheLogAreRefused() {
        String unknown = new Checkpoint("other.example/log", 5, MerkleTree.root(leaves, 5)).sign(log).format();
        assertThat(witness.addCheckpoint(Witness.request(0, List.of(), unknown)).status()).isEqualTo(404);
        assertThat(witness.addCheckpoint(Witness.request(0, List.of(), checkpoint(leaves, 5, LogSigningKey.generate())))
                .status()).isEqualTo(403);
        assertThat(state.latest(ORIGIN)).isEmpty();
        assertThat(state.splitViews()).isEmpty();
    }

    @Test
    void malformedRequestsAreBadRequests() {
        String good = checkpoint(leaves, 5, log);
        String hash = Base64.getEncoder().encodeToString(new byte[32]);
        for (String body : List.of("", "old 0\n" + good.replace("\n\n", "\n"), "old 00\n\n" + good, "new 0\n\n" + good,
                "old -1\n\n" + good, "old 0\nnot-base64\n\n" + good, "old 0\nAAAA\n\n" + good, "old 0\n\nhello\n",
                "old 0\n\n" + good.replace("\u2014", "-"), "old 6\n\n" + good,
                "old 0\n" + (hash + "\n").repeat(64) + "\n" + good)) {
            assertThat(witness.addCheckpoint(body).status()).as(body).isEqualTo(400);
        }
        assertThat(witness.addCheckpoint("old 0\n" + hash + "\n\n" + good).status()).isEqualTo(422);
        // 63 proof lines are the most a request may carry: refused for the proof, not for its length.
        assertThat(witness.addCheckpoint("old 0\n" + (hash + "\n").repeat(63) + "\n" + good).status()).isEqualTo(422);
        assertThat(state.latest(ORIGIN)).isEmpty();
    }

    @Test
    void aWitnessNameIsAKeyName() {
        assertThatThrownBy(() -> new Witness("has space", witnessKey, Map.of(), state, Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Witness("has+plus", witnessKey, Map.of(), state, Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theStateSurvivesARestartAndAdvancesOnlyFromTheSizeExpected() {
        assertThat(submit(0, 10).status()).isEqualTo(200);
        FileWitnessState again = new FileWitnessState(folder, Clock.systemUTC());
        assertThat(again.latest(ORIGIN).orElseThrow().rootHash()).isEqualTo(MerkleTree.root(leaves, 10));
        Checkpoint next = new Checkpoint(ORIGIN, 20, MerkleTree.root(leaves, 20));
        assertThat(again.advance(ORIGIN, 5, next)).isFalse();
        assertThat(again.advance(ORIGIN, 10, next)).isTrue();
        assertThat(again.latest(ORIGIN).orElseThrow().treeSize()).isEqualTo(20);
        assertThat(again.latest("other.example/log")).isEmpty();
        assertThat(again.advance("other.example/log", 0, next)).isTrue();
    }

    @Test
    void cosignaturesOfOtherWitnessesOrChangedCheckpointsDoNotVerify() {
        String text = new Checkpoint(ORIGIN, 10, MerkleTree.root(leaves, 10)).text();
        SignedNote.Signature line = Cosignature.sign(text, "w1.example", witnessKey, NOW);
        SignedNote.Note note = new SignedNote.Note(text, List.of(line));
        assertThat(Cosignature.verifiedTime(note, "w1.example", witnessKey.publicKey())).contains(NOW);
        assertThat(Cosignature.verifiedTime(note, "w2.example", witnessKey.publicKey())).isEmpty();
        assertThat(Cosignature.verifiedTime(note, "w1.example", log.publicKey())).isEmpty();
        assertThat(Cosignature.verifiedTime(new SignedNote.Note(text.replace("10", "11"), List.of(line)), "w1.example",
                witnessKey.publicKey())).isEmpty();
        SignedNote.Signature logStyle = SignedNote.sign(text, "w1.example", witnessKey);
        assertThat(Cosignature.verifiedTime(new SignedNote.Note(text, List.of(logStyle)), "w1.example",
                witnessKey.publicKey())).isEmpty();
        byte[] truncated = java.util.Arrays.copyOf(line.signature(), 70);
        assertThat(Cosignature.verifiedTime(new SignedNote.Note(text, List.of(new SignedNote.Signature("w1.example",
                line.keyId(), truncated))), "w1.example", witnessKey.publicKey())).isEmpty();
        assertThat(Cosignature.keyId("w1.example", witnessKey.publicKey()))
                .isNotEqualTo(SignedNote.keyId("w1.example", witnessKey.publicKey()));
        String verifier = Cosignature.verifierKey("w1.example", witnessKey.publicKey());
        assertThat(String.format("%08x", line.keyId())).isEqualTo(verifier.split("\\+")[1]);
        assertThat(SignedNote.parseVerifierKey(verifier).orElseThrow().toString()).isEqualTo(verifier);
    }
}
