package uk.mappa.ledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.mappa.ledger.support.RunningLedger.bearer;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.mappa.ledger.support.RunningLedger;
import uk.mappa.ledger.support.TestDatabase;
import uk.mappa.ledger.support.TestTokens;
import uk.mappa.ledger.verify.FileWitnessState;
import uk.mappa.ledger.verify.LogSigningKey;
import uk.mappa.ledger.verify.SignedNote;
import uk.mappa.ledger.verify.TlogProof;
import uk.mappa.ledger.verify.VerifyCommand;
import uk.mappa.ledger.verify.Witness;
import uk.mappa.ledger.verify.WitnessServer;

/**
 * Two witnesses follow the ledger on PostgreSQL and cosign its checkpoints; receipts cite a checkpoint both
 * cosigned, and the offline verifier requires their quorum. Then the operator shows a second history,
 * signed with the same key, to one of them: that witness refuses it and keeps both checkpoints as
 * evidence, and the forked ledger shows the refusal.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WitnessIntegrationTest {

    static final String ORIGIN = "localhost/mappa-ledger";

    final JsonMapper json = JsonMapper.builder().build();
    final TestTokens tokens = TestTokens.generate();
    final String auditor = bearer(tokens.token("pat.auditor", null, null, "AUDITOR"));
    final String smbManager = bearer(tokens.token("alex.smb", "merseyside-smb", "merseyside", "BUSINESS_MANAGER"));
    Path files;
    TestDatabase database;
    TestDatabase forkDatabase;
    FileWitnessState honestState;
    FileWitnessState watchfulState;
    Witness honest;
    Witness watchful;
    WitnessServer honestServer;
    WitnessServer watchfulServer;
    Path logKey;
    RunningLedger ledger;
    RunningLedger fork;

    @BeforeAll
    void start() throws Exception {
        files = Files.createTempDirectory("ledger-witnesses");
        files.toFile().deleteOnExit();
        logKey = files.resolve("log-key.pem");
        LogSigningKey key = LogSigningKey.loadOrCreate(logKey);
        honestState = new FileWitnessState(files.resolve("honest"), Clock.systemUTC());
        watchfulState = new FileWitnessState(files.resolve("watchful"), Clock.systemUTC());
        honest = new Witness("honest.example/witness", LogSigningKey.generate(), Map.of(ORIGIN, key.publicKey()),
                honestState, Clock.systemUTC());
        watchful = new Witness("inspectorate.example/witness", LogSigningKey.generate(),
                Map.of(ORIGIN, key.publicKey()), watchfulState, Clock.systemUTC());
        honestServer = WitnessServer.start(honest, honestState, new InetSocketAddress("127.0.0.1", 0));
        watchfulServer = WitnessServer.start(watchful, watchfulState, new InetSocketAddress("127.0.0.1", 0));
        database = TestDatabase.fresh();
        ledger = RunningLedger.start(database, tokens, logKey, "ledger.seed.agreements=true",
                "ledger.log.witness-interval=300ms", "ledger.log.witness-quorum=2",
                "ledger.log.witnesses[0].url=http://127.0.0.1:" + honestServer.port(),
                "ledger.log.witnesses[0].key=" + honest.verifierKey(),
                "ledger.log.witnesses[1].url=http://127.0.0.1:" + watchfulServer.port() + "/",
                "ledger.log.witnesses[1].key=" + watchful.verifierKey());
    }

    @AfterAll
    void stop() {
        if (fork != null) {
            fork.close();
            forkDatabase.close();
        }
        ledger.close();
        database.close();
        honestServer.close();
        watchfulServer.close();
    }

    String recordShare(RunningLedger on) {
        HttpResponse<String> response = on.post("/api/shares", smbManager, ShareApiTest.annualReport("knowsley-lscb"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json.readTree(response.body()).get("id").asString();
    }

    int verify(String... args) {
        return VerifyCommand.run(args, new PrintStream(new ByteArrayOutputStream()), new PrintStream(
                new ByteArrayOutputStream()));
    }

    @Test
    void receiptsCiteACheckpointBothWitnessesCosignedAndAForkShownToOneIsCaught() throws Exception {
        String share = recordShare(ledger);
        String proof = await().atMost(Duration.ofSeconds(20)).until(() -> {
            HttpResponse<String> response = ledger.get("/api/shares/" + share + "/receipt.tlog-proof", smbManager,
                    "text/plain");
            return response.statusCode() == 200 ? response.body() : null;
        }, java.util.Objects::nonNull);
        TlogProof parsed = TlogProof.parse(proof).orElseThrow();
        assertThat(SignedNote.parseVerifierKey(honest.verifierKey()).orElseThrow().verifies(parsed.checkpoint())).isTrue();
        assertThat(SignedNote.parseVerifierKey(watchful.verifierKey()).orElseThrow().verifies(parsed.checkpoint()))
                .isTrue();
        Path proofFile = Files.writeString(files.resolve("share.tlog-proof"), proof);
        String logVerifier = ledger.get("/api/ledger/verifier-key", auditor, "text/plain").body().trim();
        assertThat(verify("proof", proofFile.toString(), "--log", logVerifier, "--witness", honest.verifierKey(),
                "--witness", watchful.verifierKey(), "--quorum", "2")).isZero();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode witnesses = json.readTree(ledger.get("/api/ledger/witnesses", auditor).body());
            assertThat(witnesses).hasSize(2);
            witnesses.forEach(witness -> {
                assertThat(witness.get("behindBy").asLong()).as(witness.toString()).isZero();
                assertThat(witness.get("lastError").isNull()).as(witness.toString()).isTrue();
            });
        });
        assertThat(ledger.get("/api/ledger/checkpoint", auditor, "text/plain").body())
                .contains("\u2014 honest.example/witness ").contains("\u2014 inspectorate.example/witness ");

        // The same key and origin, another history: shown to the inspectorate's witness only.
        forkDatabase = TestDatabase.fresh();
        fork = RunningLedger.start(forkDatabase, tokens, logKey, "ledger.seed.agreements=true",
                "ledger.log.witness-interval=300ms",
                "ledger.log.witnesses[0].url=http://127.0.0.1:" + watchfulServer.port(),
                "ledger.log.witnesses[0].key=" + watchful.verifierKey());
        for (int i = 0; i < 3; i++) {
            recordShare(fork);
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(watchfulState.splitViews()).isNotEmpty();
            JsonNode refused = json.readTree(fork.get("/api/ledger/witnesses", auditor).body()).get(0);
            assertThat(refused.get("lastError").asString()).as(refused.toString()).contains("HTTP 422");
        });
        String evidence = watchfulState.splitViews().get(0);
        assertThat(evidence).contains("origin " + ORIGIN).contains("contradicting signed checkpoint:");
        assertThat(SignedNote.parse(fork.get("/api/ledger/checkpoint", auditor, "text/plain").body()).orElseThrow()
                .signatures()).hasSize(1);
        assertThat(honestState.splitViews()).isEmpty();
        assertThat(json.readTree(ledger.get("/api/ledger/witnesses", auditor).body()).get(1).get("lastError").isNull())
                .isTrue();
    }
}
