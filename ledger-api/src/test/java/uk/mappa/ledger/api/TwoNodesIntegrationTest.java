package uk.mappa.ledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.mappa.ledger.support.RunningLedger.bearer;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.mappa.ledger.support.RunningLedger;
import uk.mappa.ledger.support.TestDatabase;
import uk.mappa.ledger.support.TestTokens;
import uk.mappa.ledger.verify.LogPublicKey;
import uk.mappa.ledger.verify.TreeHead;

/**
 * Three nodes on one schema: two share the log's key and take turns sealing and signing; the third was
 * started with a key of its own, so it records shares but neither seals nor signs, and reports DOWN. The
 * log written through all three verifies, every tree head with the one key.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesIntegrationTest {

    final JsonMapper json = JsonMapper.builder().build();
    final TestTokens tokens = TestTokens.generate();
    final String manager = bearer(tokens.token("alex.smb", "merseyside-smb", "merseyside", "BUSINESS_MANAGER"));
    final String auditor = bearer(tokens.token("pat.auditor", null, null, "AUDITOR"));

    TestDatabase database;
    RunningLedger first;
    RunningLedger second;
    RunningLedger stray;

    @BeforeAll
    void start() throws Exception {
        database = TestDatabase.fresh();
        Path keys = Files.createTempDirectory("ledger-two-nodes");
        keys.toFile().deleteOnExit();
        first = RunningLedger.start(database, tokens, keys.resolve("log-key.pem"), "ledger.seed.agreements=true");
        second = RunningLedger.start(database, tokens, keys.resolve("log-key.pem"), "ledger.seed.agreements=true");
        stray = RunningLedger.start(database, tokens, keys.resolve("another-key.pem"), "ledger.seed.agreements=true");
    }

    @AfterAll
    void stop() {
        stray.close();
        second.close();
        first.close();
        database.close();
    }

    @Test
    void nodesSharingTheKeyKeepOneVerifiableLogAndANodeWithAnotherKeySignsNothing() {
        for (RunningLedger node : new RunningLedger[] {first, second, stray, first, second, stray}) {
            HttpResponse<String> recorded = node.post("/api/shares", manager, ShareApiTest.annualReport("knowsley-lscb"));
            assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        }
        assertThat(first.get("/actuator/health", null).statusCode()).isEqualTo(200);
        assertThat(second.get("/actuator/health", null).statusCode()).isEqualTo(200);
        assertThat(stray.get("/actuator/health", null).statusCode()).isEqualTo(503);

        LogPublicKey logKey = LogPublicKey.fromPem(first.get("/api/ledger/public-key", auditor,
                "application/x-pem-file").body());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode verdict = json.readTree(second.get("/api/ledger/verification", auditor).body());
            assertThat(verdict.get("intact").asBoolean()).as(verdict.toString()).isTrue();
            assertThat(verdict.get("events").asLong()).isEqualTo(eventCount());
        });
        JsonNode heads = json.readTree(first.get("/api/ledger/tree-heads?limit=1000", auditor).body());
        assertThat(heads.valueStream().map(head -> new TreeHead(head.get("treeSize").asLong(),
                        java.util.HexFormat.of().parseHex(head.get("rootHash").asString()),
                        java.time.Instant.parse(head.get("timestamp").asString()),
                        java.util.Base64.getDecoder().decode(head.get("signature").asString()))))
                .isNotEmpty()
                .allSatisfy(head -> assertThat(head.verifiedBy(logKey)).isTrue());
    }

    private long eventCount() throws Exception {
        try (var connection = database.connect(); var statement = connection.createStatement();
             var rows = statement.executeQuery("select count(*) from domain_event_entry")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
