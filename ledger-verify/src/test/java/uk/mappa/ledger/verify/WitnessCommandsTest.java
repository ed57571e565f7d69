package uk.mappa.ledger.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The witness over HTTP and the verifier's commands for checkpoints, proofs and the witness. */
class WitnessCommandsTest {

    static final String ORIGIN = "ledger.example/log";
    final LogSigningKey log = LogSigningKey.generate();
    final List<byte[]> leaves = TilesTest.leaves(20);
    final HttpClient http = HttpClient.newHttpClient();
    @TempDir
    Path folder;

    String checkpoint(int size) {
        return new Checkpoint(ORIGIN, size, MerkleTree.root(leaves, size)).sign(log).format();
    }

    HttpResponse<String> post(int port, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = VerifyCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theWitnessAnswersTheProtocolOverHttpAndShowsSplitViews() throws Exception {
        FileWitnessState state = new FileWitnessState(folder, Clock.systemUTC());
        Witness witness = new Witness("w.example", LogSigningKey.generate(), Map.of(ORIGIN, log.publicKey()), state,
                Clock.systemUTC());
        int port;
        try (WitnessServer server = WitnessServer.start(witness, state, new InetSocketAddress("127.0.0.1", 0))) {
            HttpResponse<String> cosigned = post(server.port(), "/add-checkpoint",
                    Witness.request(0, List.of(), checkpoint(10)));
            assertThat(cosigned.statusCode()).isEqualTo(200);
            assertThat(cosigned.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
            assertThat(SignedNote.parseVerifierKey(witness.verifierKey()).orElseThrow()
                    .verifies(SignedNote.parse(checkpoint(10) + cosigned.body()).orElseThrow())).isTrue();

            HttpResponse<String> stale = post(server.port(), "/add-checkpoint",
                    Witness.request(0, List.of(), checkpoint(12)));
            assertThat(stale.statusCode()).isEqualTo(409);
            assertThat(stale.headers().firstValue("Content-Type")).hasValue("text/x.tlog.size");
            assertThat(stale.body()).isEqualTo("10\n");

            assertThat(get(server.port(), "/add-checkpoint").statusCode()).isEqualTo(405);
            assertThat(post(server.port(), "/add-checkpoint", "x".repeat(WitnessServer.MAX_REQUEST_BYTES + 1))
                    .statusCode()).isEqualTo(413);
            HttpResponse<String> none = get(server.port(), "/split-views");
            assertThat(none.statusCode()).isEqualTo(200);
            assertThat(none.body()).isEmpty();

            List<byte[]> fork = new ArrayList<>(leaves);
            fork.set(0, MerkleTree.leafHash(new byte[] {9}));
            String forked = new Checkpoint(ORIGIN, 10, MerkleTree.root(fork, 10)).sign(log).format();
            assertThat(post(server.port(), "/add-checkpoint", Witness.request(10, List.of(), forked)).statusCode())
                    .isEqualTo(409);
            assertThat(get(server.port(), "/split-views").body()).contains("same tree size, another root")
                    .contains(forked);
            port = server.port();
        }
        int closed = port;
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> get(closed, "/split-views"))
                .isInstanceOf(java.io.IOException.class);
    }

    @Test
    void aCheckpointPassesWithTheLogsSignatureAndTheQuorumOfWitnessesAskedFor() throws Exception {
        LogSigningKey one = LogSigningKey.generate();
        LogSigningKey two = LogSigningKey.generate();
        String text = new Checkpoint(ORIGIN, 10, MerkleTree.root(leaves, 10)).text();
        SignedNote.Note note = new Checkpoint(ORIGIN, 10, MerkleTree.root(leaves, 10)).sign(log)
                .with(Cosignature.sign(text, "one.example", one, java.time.Instant.now()));
        Path file = Files.writeString(folder.resolve("checkpoint"), note.format());
        String logKey = SignedNote.verifierKey(ORIGIN, log.publicKey());
        String oneKey = Cosignature.verifierKey("one.example", one.publicKey());
        String twoKey = Cosignature.verifierKey("two.example", two.publicKey());

        assertThat(run("checkpoint", file.toString(), "--log", logKey).out()).startsWith("OK: checkpoint of "
                + ORIGIN + " at tree size 10; cosigned by 0 of 0");
        Run quorumOfOne = run("checkpoint", file.toString(), "--log", logKey, "--witness", oneKey, "--witness",
                twoKey, "--quorum", "1");
        assertThat(quorumOfOne.exit()).isZero();
        assertThat(quorumOfOne.out()).contains("cosigned by 1 of 2");
        Run quorumOfTwo = run("checkpoint", file.toString(), "--log", logKey, "--witness", oneKey, "--witness",
                twoKey, "--quorum", "2");
        assertThat(quorumOfTwo.exit()).isEqualTo(1);
        assertThat(quorumOfTwo.out()).startsWith("FAILED: 1 of the 2 witnesses cosigned; 2 required");
        Run otherLog = run("checkpoint", file.toString(), "--log",
                SignedNote.verifierKey(ORIGIN, LogSigningKey.generate().publicKey()));
        assertThat(otherLog.exit()).isEqualTo(1);
        assertThat(otherLog.out()).startsWith("FAILED: not a checkpoint of " + ORIGIN + " signed by its key");
        // Signed by the log's key under its name, but naming another log: not a checkpoint of this one.
        String elsewhere = new Checkpoint("elsewhere.example/log", 10, MerkleTree.root(leaves, 10)).text();
        Path misnamed = Files.writeString(folder.resolve("misnamed"), new SignedNote.Note(elsewhere,
                List.of(SignedNote.sign(elsewhere, ORIGIN, log))).format());
        assertThat(run("checkpoint", misnamed.toString(), "--log", logKey).exit()).isEqualTo(1);
        assertThat(run("checkpoint", file.toString(), "--log", SignedNote.verifierKey("other.example", log.publicKey()))
                .exit()).isEqualTo(1);
        Path garbage = Files.writeString(folder.resolve("garbage"), "not a note");
        assertThat(run("checkpoint", garbage.toString(), "--log", logKey).exit()).isEqualTo(1);
    }

    @Test
    void aProofPassesForItsLeafAndNotForAnother() throws Exception {
        SignedNote.Note note = new Checkpoint(ORIGIN, 20, MerkleTree.root(leaves, 20)).sign(log);
        TlogProof proof = new TlogProof(leaves.get(7), 7, MerkleTree.inclusionProof(leaves, 7, 20), note);
        Path file = Files.writeString(folder.resolve("share.tlog-proof"), proof.format());
        String logKey = SignedNote.verifierKey(ORIGIN, log.publicKey());
        Run ok = run("proof", file.toString(), "--log", logKey);
        assertThat(ok.exit()).isZero();
        assertThat(ok.out()).startsWith("OK: leaf 7 (" + Hashes.hex(leaves.get(7)) + ") is in " + ORIGIN);
        assertThat(run("proof", file.toString(), "--log", logKey, "--leaf-hash", Hashes.hex(leaves.get(7))).exit())
                .isZero();
        Run wrong = run("proof", file.toString(), "--log", logKey, "--leaf-hash", Hashes.hex(leaves.get(8)));
        assertThat(wrong.exit()).isEqualTo(1);
        assertThat(wrong.out()).startsWith("FAILED: the proof does not lead");
        Path noExtra = Files.writeString(folder.resolve("bare.tlog-proof"),
                new TlogProof(null, 7, proof.path(), note).format());
        assertThat(run("proof", noExtra.toString(), "--log", logKey).exit()).isEqualTo(1);
        Path notAProof = Files.writeString(folder.resolve("x"), "hello\n\n");
        Run notRead = run("proof", notAProof.toString(), "--log", logKey);
        assertThat(notRead.exit()).isEqualTo(1);
        assertThat(notRead.out()).startsWith("FAILED: " + notAProof + " is not a c2sp.org/tlog-proof@v1");
    }

    @Test
    void badUsageIsExitTwoWithAUsageLine() throws Exception {
        Path file = Files.writeString(folder.resolve("checkpoint"), checkpoint(3));
        String logKey = SignedNote.verifierKey(ORIGIN, log.publicKey());
        String witnessKey = Cosignature.verifierKey("w.example", log.publicKey());
        assertThat(run("proof", file.toString()).err()).contains("[--leaf-hash <hex>]");
        assertThat(run("checkpoint", file.toString()).err()).doesNotContain("--leaf-hash");
        assertThat(run("checkpoint", file.toString(), "--log", witnessKey).err())
                .contains("is a witness's key, not a log's");
        assertThat(run("checkpoint", file.toString(), "--log", logKey, "--witness", logKey).err())
                .contains("is a log's key, not a witness's");
        for (String[] args : List.of(new String[] {"checkpoint", file.toString()},
                new String[] {"checkpoint", file.toString(), "--log"},
                new String[] {"checkpoint", "--log", logKey},
                new String[] {"checkpoint", file.toString(), "--log", logKey, "--leaf-hash", "00"},
                new String[] {"checkpoint", file.toString(), "--log", logKey, "--bogus", "1"},
                new String[] {"witness", "--name", "w.example"},
                new String[] {"witness", "extra", "--name", "w", "--key", folder.resolve("k.pem").toString(), "--log",
                        logKey, "--state", folder.resolve("s").toString()})) {
            Run result = run(args);
            assertThat(result.exit()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(result.err()).as(String.join(" ", args)).contains("Usage: java -jar ledger-verify.jar");
        }
        for (String[] args : List.of(new String[] {"checkpoint", file.toString(), "--log", witnessKey},
                new String[] {"checkpoint", file.toString(), "--log", logKey, "--witness", logKey},
                new String[] {"checkpoint", file.toString(), "--log", "nonsense"},
                new String[] {"checkpoint", file.toString(), "--log", logKey, "--quorum", "1"},
                new String[] {"checkpoint", file.toString(), "--log", logKey, "--quorum", "-1"},
                new String[] {"checkpoint", folder.resolve("absent").toString(), "--log", logKey},
                new String[] {"proof", file.toString(), "--log", logKey, "--log", logKey})) {
            Run result = run(args);
            assertThat(result.exit()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(result.err()).as(String.join(" ", args)).startsWith("Cannot " + args[0] + ": ");
        }
    }

    @Test
    void theWitnessCommandServesUntilStoppedAndSaysItsKey() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String logKey = SignedNote.verifierKey(ORIGIN, log.publicKey());
        Thread witness = new Thread(() -> VerifyCommand.run(new String[] {"witness", "--name", "board.example/w",
                "--key", folder.resolve("witness-key.pem").toString(), "--log", logKey, "--state",
                folder.resolve("state").toString(), "--listen", "127.0.0.1:0"}, new PrintStream(out, true,
                StandardCharsets.UTF_8), System.err));
        witness.start();
        Pattern started = Pattern.compile("on 127\\.0\\.0\\.1:(\\d+)\\n.*verifier key[^:]*: (\\S+)", Pattern.DOTALL);
        Matcher matcher = started.matcher("");
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!(matcher = started.matcher(out.toString(StandardCharsets.UTF_8))).find()
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(matcher.find(0)).as(out.toString(StandardCharsets.UTF_8)).isTrue();
        int port = Integer.parseInt(matcher.group(1));
        SignedNote.VerifierKey key = SignedNote.parseVerifierKey(matcher.group(2)).orElseThrow();
        assertThat(key.name()).isEqualTo("board.example/w");
        HttpResponse<String> cosigned = post(port, "/add-checkpoint", Witness.request(0, List.of(), checkpoint(5)));
        assertThat(cosigned.statusCode()).isEqualTo(200);
        assertThat(key.verifies(SignedNote.parse(checkpoint(5) + cosigned.body()).orElseThrow())).isTrue();
        assertThat(Files.exists(folder.resolve("witness-key.pem"))).isTrue();
        witness.interrupt();
        witness.join(5_000);
        assertThat(witness.isAlive()).isFalse();
    }
}
