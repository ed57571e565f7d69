package uk.mappa.ledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.mappa.ledger.support.RunningLedger.bearer;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.mappa.ledger.support.HexHashes;
import uk.mappa.ledger.support.RunningLedger;
import uk.mappa.ledger.support.TestDatabase;
import uk.mappa.ledger.support.TestTokens;
import uk.mappa.ledger.verify.Checkpoint;
import uk.mappa.ledger.verify.Hashes;
import uk.mappa.ledger.verify.LogPublicKey;
import uk.mappa.ledger.verify.MerkleTree;
import uk.mappa.ledger.verify.NodeSource;
import uk.mappa.ledger.verify.SignedNote;
import uk.mappa.ledger.verify.Tiles;
import uk.mappa.ledger.verify.TlogProof;
import uk.mappa.ledger.verify.TreeHead;
import uk.mappa.ledger.verify.VerifyCommand;

/**
 * The tamper-evident log on PostgreSQL: receipts and proofs check against signed tree heads, and a change
 * made behind the ledger's back (a byte of a payload, a deleted row) is found by both the live check and
 * the offline verifier, which name the event. Ends with replay and point-in-time reconstruction.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TamperEvidenceIntegrationTest {

    final JsonMapper json = JsonMapper.builder().build();
    final TestTokens tokens = TestTokens.generate();
    final String auditor = bearer(tokens.token("pat.auditor", null, null, "AUDITOR"));
    final String smbManager = bearer(tokens.token("alex.smb", "merseyside-smb", "merseyside", "BUSINESS_MANAGER"));

    @TempDir
    Path files;
    TestDatabase database;
    RunningLedger ledger;
    LogPublicKey publicKey;
    final List<String> shares = new ArrayList<>();

    @BeforeAll
    void start() {
        database = TestDatabase.fresh();
        ledger = RunningLedger.start(database, tokens, "ledger.seed.agreements=true");
        publicKey = LogPublicKey.fromPem(ledger.get("/api/ledger/public-key", auditor, "application/x-pem-file").body());
    }

    @AfterAll
    void stop() {
        ledger.close();
        database.close();
    }

    String recordShare(String title) {
        HttpResponse<String> response = ledger.post("/api/shares", smbManager, """
                {"agreementId": "%s", "category": "ANNUAL_REPORT", "title": "%s", "providerBodyId": "merseyside-smb",
                 "recipientBodyIds": ["knowsley-lscb"], "lawfulBasis": "CHILDREN_ACT_2004", "purpose": "Planning",
                 "marking": {"classification": "OFFICIAL"}, "sharedAt": "2026-03-01T10:00:00Z",
                 "contentSha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}"""
                .formatted(ShareApiTest.MERSEYSIDE_MOU, title));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String id = json.readTree(response.body()).get("id").asString();
        shares.add(id);
        return id;
    }

    JsonNode receipt(String shareId) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> {
            HttpResponse<String> response = ledger.get("/api/shares/" + shareId + "/receipt", smbManager);
            return response.statusCode() == 200 ? json.readTree(response.body()) : null;
        }, java.util.Objects::nonNull);
    }

    static TreeHead treeHead(JsonNode node) {
        return new TreeHead(node.get("treeSize").asLong(), Hashes.fromHex(node.get("rootHash").asString()),
                Instant.parse(node.get("timestamp").asString()), Base64.getDecoder().decode(node.get("signature").asString()));
    }

    @Test
    @Order(1)
    void aShareReceiptProvesItsInclusionInASignedTreeHead() {
        JsonNode receipt = receipt(recordShare("Annual report 2025/26"));
        TreeHead head = treeHead(receipt.get("treeHead"));
        assertThat(head.verifiedBy(publicKey)).isTrue();
        assertThat(MerkleTree.verifyInclusion(receipt.get("leafIndex").asLong(), head.treeSize(),
                Hashes.fromHex(receipt.get("leafHash").asString()), HexHashes.of(receipt.get("auditPath")),
                head.rootHash()))
                .isTrue();
        assertThat(ledger.get("/api/shares/" + shares.get(0) + "/receipt",
                bearer(tokens.token("pat.wirral", "wirral-lscb", "merseyside", "BUSINESS_MANAGER"))).statusCode())
                .isEqualTo(404);
    }

    @Test
    @Order(2)
    void laterTreeHeadsAreConsistentWithEarlierOnes() {
        TreeHead first = treeHead(json.readTree(ledger.get("/api/ledger/tree-head", auditor).body()));
        receipt(recordShare("Second report"));
        TreeHead second = treeHead(json.readTree(ledger.get("/api/ledger/tree-head", auditor).body()));
        assertThat(second.treeSize()).isGreaterThan(first.treeSize());

        JsonNode proof = json.readTree(ledger.get("/api/ledger/proofs/consistency?first=" + first.treeSize()
                + "&second=" + second.treeSize(), auditor).body());
        assertThat(MerkleTree.verifyConsistency(first.treeSize(), second.treeSize(), first.rootHash(),
                second.rootHash(), HexHashes.of(proof.get("proof")))).isTrue();
        assertThat(MerkleTree.verifyConsistency(first.treeSize(), second.treeSize(), second.rootHash(),
                second.rootHash(), HexHashes.of(proof.get("proof")))).isFalse();

        JsonNode history = json.readTree(ledger.get("/api/ledger/tree-heads?from=" + first.treeSize(), auditor).body());
        assertThat(history.valueStream().map(head -> head.get("treeSize").asLong())).contains(first.treeSize(),
                second.treeSize());
        history.forEach(head -> assertThat(treeHead(head).verifiedBy(publicKey)).isTrue());
    }

    @Test
    @Order(2)
    void aReceiptInTheOpenFormatVerifiesWithTheSpecsOwnToolAndNotOnceChanged() throws Exception {
        String share = recordShare("Learning from a serious case review");
        String proof = await().atMost(Duration.ofSeconds(10)).until(() -> {
            HttpResponse<String> response = ledger.get("/api/shares/" + share + "/receipt.tlog-proof", smbManager,
                    "text/plain");
            return response.statusCode() == 200 ? response.body() : null;
        }, java.util.Objects::nonNull);
        String verifierKey = ledger.get("/api/ledger/verifier-key", auditor, "text/plain").body().trim();
        SignedNote.VerifierKey key = SignedNote.parseVerifierKey(verifierKey).orElseThrow();
        assertThat(key.key().raw()).isEqualTo(publicKey.raw());
        assertThat(key.name()).isEqualTo("localhost/mappa-ledger");

        TlogProof parsed = TlogProof.parse(proof).orElseThrow();
        JsonNode receipt = receipt(share);
        assertThat(parsed.index()).isEqualTo(receipt.get("leafIndex").asLong());
        assertThat(parsed.proves(Hashes.fromHex(receipt.get("leafHash").asString()), key.name(), key.key())).isTrue();

        Path proofFile = files.resolve("share.tlog-proof");
        Files.writeString(proofFile, proof);
        run(TLOG_CHECK, "proof", proofFile.toString(), verifierKey);
        Path checkpoint = files.resolve("checkpoint");
        Files.writeString(checkpoint, ledger.get("/api/ledger/checkpoint", auditor, "text/plain").body());
        run(TLOG_CHECK, "checkpoint", checkpoint.toString(), verifierKey);

        Files.writeString(proofFile, proof.replace("index " + parsed.index(), "index " + (parsed.index() + 1)));
        assertThat(exitCode(TLOG_CHECK, "proof", proofFile.toString(), verifierKey)).isEqualTo(1);
        assertThat(exitCode(TLOG_CHECK, "proof", checkpoint.toString(), verifierKey, "00".repeat(32))).isEqualTo(1);
    }

    @Test
    @Order(2)
    void theTilesServedGiveTheCheckpointsRootToAVerifierThatBuildsItItself() {
        Checkpoint checkpoint = Checkpoint.parse(SignedNote.parse(ledger.get("/api/ledger/checkpoint", auditor,
                "text/plain").body()).orElseThrow().text()).orElseThrow();
        NodeSource served = Tiles.nodes((level, index) -> {
            int width = Tiles.width(level, index, checkpoint.treeSize());
            HttpResponse<byte[]> tile = ledger.getBytes("/api/ledger/" + new Tiles.TileName(level, index, width)
                    .path(), auditor, "application/octet-stream");
            assertThat(tile.statusCode()).isEqualTo(200);
            assertThat(tile.headers().firstValue("Cache-Control").orElseThrow()).contains("immutable");
            return tile.body();
        });
        assertThat(MerkleTree.root(served, checkpoint.treeSize())).isEqualTo(checkpoint.rootHash());

        for (String path : List.of("tile/0/000", "tile/0/000.p/255", "tile/0/1", "tile/entries/000", "tile/0/x000/000")) {
            HttpResponse<String> missing = ledger.get("/api/ledger/" + path, auditor, "application/octet-stream");
            assertThat(missing.statusCode()).as(path).isEqualTo(404);
            assertThat(json.readTree(missing.body()).get("code").asString()).isEqualTo("tile-not-found");
        }
    }

    @Test
    @Order(5)
    void anIntactLogVerifiesLiveAndOffline() throws Exception {
        assertThat(json.readTree(ledger.get("/api/ledger/verification", auditor).body()).get("intact").asBoolean())
                .isTrue();
        assertThat(offlineVerdict()).startsWith("VERIFIED");
        assertThat(ledger.get("/api/ledger/verification", smbManager).statusCode()).isEqualTo(403);
        assertThat(ledger.get("/api/audit/export", smbManager, "application/x-ndjson").statusCode()).isEqualTo(403);
    }

    @Test
    @Order(6)
    void oneChangedByteOfAStoredPayloadIsFoundAndNamed() throws Exception {
        String eventId = recordingEventOf(shares.get(0));
        byte[] original = payloadOf(eventId);
        byte[] changed = original.clone();
        changed[changed.length / 2] ^= 0x01;
        setPayload(eventId, changed);
        try {
            JsonNode verdict = json.readTree(ledger.get("/api/ledger/verification", auditor).body());
            assertThat(verdict.get("intact").asBoolean()).isFalse();
            assertThat(verdict.get("firstProblem").get("eventIdentifier").asString()).isEqualTo(eventId);
            assertThat(offlineVerdict()).startsWith("FAILED").contains(eventId);
        } finally {
            setPayload(eventId, original);
        }
        assertThat(json.readTree(ledger.get("/api/ledger/verification", auditor).body()).get("intact").asBoolean())
                .isTrue();
    }

    @Test
    @Order(7)
    void aDeletedEventRowIsFoundAndNamed() throws Exception {
        String eventId = recordingEventOf(shares.get(1));
        try (Connection connection = database.connect();
             PreparedStatement delete = connection.prepareStatement(
                     "delete from domain_event_entry where event_identifier = ?")) {
            delete.setString(1, eventId);
            assertThat(delete.executeUpdate()).isEqualTo(1);
        }
        JsonNode verdict = json.readTree(ledger.get("/api/ledger/verification", auditor).body());
        assertThat(verdict.get("intact").asBoolean()).isFalse();
        assertThat(verdict.get("firstProblem").get("eventIdentifier").asString()).isEqualTo(eventId);
        assertThat(verdict.get("firstProblem").get("description").asString()).contains("missing");
        assertThat(offlineVerdict()).startsWith("FAILED").contains(eventId);
    }

    @Test
    @Order(3)
    void aReplayedProjectionEqualsTheOneItReplaced() throws Exception {
        // What the read models hold once they have every share recorded so far, to compare the replay with.
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> json.readTree(ledger.get("/api/admin/projections",
                auditor).body()).forEach(status -> assertThat(status.get("position").asLong()).as(status.toString())
                .isGreaterThanOrEqualTo(status.get("headPosition").asLong())));
        List<String> holdingsBefore = rows("select share_id, body_id, role, title, held_since from holding order by 1, 2");
        List<String> auditBefore = rows("select global_position, event_type, summary, bodies from audit_entry order by 1");
        for (String projection : List.of("holdings", "audit-trail")) {
            HttpResponse<String> accepted = ledger.post("/api/admin/projections/" + projection + "/replay", auditor, "");
            assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode statuses = json.readTree(ledger.get("/api/admin/projections", auditor).body());
            statuses.forEach(status -> {
                assertThat(status.get("replaying").asBoolean()).as(status.toString()).isFalse();
                assertThat(status.get("caughtUp").asBoolean()).as(status.toString()).isTrue();
            });
            assertThat(rows("select share_id, body_id, role, title, held_since from holding order by 1, 2"))
                    .isEqualTo(holdingsBefore);
            assertThat(rows("select global_position, event_type, summary, bodies from audit_entry order by 1"))
                    .isEqualTo(auditBefore);
        });
        assertThat(ledger.post("/api/admin/projections/nothing/replay", auditor, "").statusCode()).isEqualTo(404);
        assertThat(ledger.post("/api/admin/projections/holdings/replay", smbManager, "").statusCode()).isEqualTo(403);
    }

    @Test
    @Order(4)
    void theStateAtAPastInstantIsReconstructedFromEventsAlone() {
        JsonNode beforeAnyShare = json.readTree(ledger.get("/api/audit/state?asOf=2020-01-01T00:00:00Z", auditor).body());
        assertThat(beforeAnyShare.get("holdings").size()).isZero();
        assertThat(beforeAnyShare.get("bodies").size()).isZero();
        JsonNode now = json.readTree(ledger.get("/api/audit/state?asOf=" + Instant.now().plusSeconds(5), auditor).body());
        assertThat(now.get("bodies").valueStream().map(body -> body.get("id").asString())).contains("merseyside-smb");
        assertThat(now.get("agreements").valueStream().map(a -> a.get("id").asString()))
                .contains(ShareApiTest.MERSEYSIDE_MOU);
        assertThat(now.get("holdings").valueStream().map(h -> h.get("shareId").asString())).contains(shares.get(0));
    }

    private String offlineVerdict() throws Exception {
        Path export = files.resolve("export-" + System.nanoTime() + ".jsonl");
        Path pem = files.resolve("ledger.pem");
        Files.writeString(export, ledger.get("/api/audit/export", auditor, "application/x-ndjson").body());
        Files.writeString(pem, ledger.get("/api/ledger/public-key", auditor, "application/x-pem-file").body());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VerifyCommand.run(new String[] {export.toString(), "--public-key", pem.toString()}, new PrintStream(out),
                new PrintStream(new ByteArrayOutputStream()));
        return out.toString();
    }

    private String recordingEventOf(String shareId) throws SQLException {
        try (Connection connection = database.connect();
             PreparedStatement query = connection.prepareStatement(
                     "select event_identifier from domain_event_entry where aggregate_identifier = ? and sequence_number = 0")) {
            query.setString(1, shareId);
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).isTrue();
                return rows.getString(1);
            }
        }
    }

    private byte[] payloadOf(String eventId) throws SQLException {
        try (Connection connection = database.connect();
             PreparedStatement query = connection.prepareStatement(
                     "select payload from domain_event_entry where event_identifier = ?")) {
            query.setString(1, eventId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getBytes(1);
            }
        }
    }

    private void setPayload(String eventId, byte[] payload) throws SQLException {
        try (Connection connection = database.connect();
             PreparedStatement update = connection.prepareStatement(
                     "update domain_event_entry set payload = ? where event_identifier = ?")) {
            update.setBytes(1, payload);
            update.setString(2, eventId);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private List<String> rows(String sql) throws SQLException {
        return database.rows(sql);
    }

    /** The independent checker of C2SP formats kept in the repository's tools/ folder. */
    static final String TLOG_CHECK = Path.of("..", "tools", "tlog-check").toAbsolutePath().normalize().toString();

    private static int exitCode(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        return process.waitFor();
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(String.join(" ", command) + "\n" + output).isZero();
    }
}
