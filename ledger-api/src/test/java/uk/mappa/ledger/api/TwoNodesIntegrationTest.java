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
 * log written through all three verifies, every tree head with the one key. A read model is rebuilt on any of them
 * while the others run, and every node follows and reports the rebuild. Each node has a name of its own in the
 * claims on the read models' segments, as nodes on separate machines have.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesIntegrationTest {

    final JsonMapper json = JsonMapper.builder().build();
    final TestTokens tokens = TestTokens.generate();
    final String manager = bearer(tokens.token("alex.smb", "merseyside-smb", "merseyside", "BUSINESS_MANAGER"));
    final String auditor = bearer(tokens.token("pat.auditor", null, null, "AUDITOR"));
    final String informationGovernance = bearer(tokens.token("sam.ig", null, "merseyside", "IG_LEAD"));

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

    /**
     * A node decides shares from the registers as it folded them while no register stream has changed on any node
     * (the consulted streams' version), so a change made on another node must reach its very next decision: an
     * agreement suspended on the second node refuses the first node's next share under it, and reinstated there,
     * admits the one after.
     */
    @Test
    void anAgreementSuspendedOnOneNodeGovernsTheNextShareOnAnother() {
        recordedShareId(first);
        String status = "/api/agreements/" + ShareApiTest.MERSEYSIDE_MOU + "/status";
        HttpResponse<String> suspended = second.post(status, informationGovernance, """
                {"status": "SUSPENDED", "reason": "Breach under review", "effectiveAt": "2026-03-01T00:00:00Z"}""");
        assertThat(suspended.statusCode()).as(suspended.body()).isEqualTo(200);
        try {
            HttpResponse<String> refused = first.post("/api/shares", manager,
                    ShareApiTest.annualReport("knowsley-lscb"));
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
            assertThat(json.readTree(refused.body()).get("code").asString()).isEqualTo("agreement-not-in-force");
        } finally {
            HttpResponse<String> reinstated = second.post(status, informationGovernance, """
                    {"status": "ACTIVE", "reason": "Breach resolved", "effectiveAt": "2026-03-01T00:00:00Z"}""");
            assertThat(reinstated.statusCode()).as(reinstated.body()).isEqualTo(200);
        }
        recordedShareId(first);
    }

    /** Each node claims the read models' segments in its own name (ledger.node-id), never in one they share. */
    @Test
    void eachNodeClaimsSegmentsInItsOwnName() throws Exception {
        recordedShareId(first);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                count("select count(*) from token_entry where owner is not null")).isPositive());
        assertThat(count("select count(*) from token_entry where owner is not null and owner not like 'node-%'"))
                .isZero();
    }

    /**
     * A rebuild asked of one node while the others run: they stop the processor for it and start it again after, so
     * the rebuild gets every segment (it used to fail while another node held one), and the view then carries on
     * from every node.
     */
    @Test
    void aReadModelIsRebuiltOnOneNodeWhileTheOthersRun() {
        String before = recordedShareId(first);
        HttpResponse<String> asked = second.post("/api/admin/projections/holdings/replay", auditor, "{}");
        assertThat(asked.statusCode()).as(asked.body()).isLessThan(300);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (RunningLedger node : new RunningLedger[] {first, second, stray}) {
                JsonNode holdings = projection(node, "holdings");
                assertThat(holdings.get("error").isNull()).as(holdings.toString()).isTrue();
                assertThat(holdings.get("replaying").asBoolean()).as(holdings.toString()).isFalse();
            }
        });
        String after = recordedShareId(stray);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String held = first.get("/api/holdings?bodyId=knowsley-lscb&size=100", auditor).body();
            assertThat(held).contains(before).contains(after);
        });
    }

    /**
     * Every node follows a rebuild recorded by any node (here written as another node would write it): it reports the
     * rebuild under way and stops the processor it needs, starts it again when the rebuild is over, and reports a
     * failed rebuild, with why, until the next one.
     */
    @Test
    void everyNodeFollowsAndReportsARebuildUnderWayOnAnotherNode() throws Exception {
        execute("insert into read_model_rebuild (read_model, processor_name, node_id, renewed_at) values"
                + " ('audit-trail', 'read-models', 'another-node', timestamp '2999-01-01 00:00:00')");
        try {
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                for (RunningLedger node : new RunningLedger[] {first, second}) {
                    JsonNode audit = projection(node, "audit-trail");
                    assertThat(audit.get("replaying").asBoolean()).as(audit.toString()).isTrue();
                    assertThat(audit.get("running").asBoolean()).as(audit.toString()).isFalse();
                    assertThat(projection(node, "holdings").get("running").asBoolean()).isFalse();
                }
            });
            // Asked again on a node meanwhile, the rebuild under way elsewhere is left to finish: no second one starts.
            HttpResponse<String> again = first.post("/api/admin/projections/audit-trail/replay", auditor, "{}");
            assertThat(again.statusCode()).as(again.body()).isLessThan(300);
            assertThat(json.readTree(again.body()).get("replaying").asBoolean()).isTrue();
            assertThat(count("select count(*) from read_model_rebuild where read_model = 'audit-trail'"
                    + " and node_id = 'another-node'")).isEqualTo(1);
            execute("update read_model_rebuild set failure = 'The rebuild failed and the view it had is kept: disk full'"
                    + " where read_model = 'audit-trail'");
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                for (RunningLedger node : new RunningLedger[] {first, second}) {
                    JsonNode audit = projection(node, "audit-trail");
                    assertThat(audit.get("replaying").asBoolean()).isFalse();
                    assertThat(audit.get("running").asBoolean()).as(audit.toString()).isTrue();
                    assertThat(audit.get("error").asString()).contains("disk full");
                }
            });
        } finally {
            execute("delete from read_model_rebuild where node_id = 'another-node'");
        }
    }

    /** A rebuild whose node stopped renewing it (the node stopped) holds no node back and is not reported. */
    @Test
    void aRebuildWhoseNodeStoppedRenewingItHoldsNobodyBack() throws Exception {
        execute("insert into read_model_rebuild (read_model, processor_name, node_id, renewed_at) values"
                + " ('holdings', 'read-models', 'a-stopped-node', timestamp '2026-01-01 00:00:00')");
        try {
            Thread.sleep(3_000); // three rounds of every node following the rebuilds
            for (RunningLedger node : new RunningLedger[] {first, second}) {
                JsonNode holdings = projection(node, "holdings");
                assertThat(holdings.get("replaying").asBoolean()).as(holdings.toString()).isFalse();
                assertThat(holdings.get("running").asBoolean()).as(holdings.toString()).isTrue();
            }
            // And it is replaced by the next rebuild asked for.
            HttpResponse<String> asked = first.post("/api/admin/projections/holdings/replay", auditor, "{}");
            assertThat(asked.statusCode()).as(asked.body()).isLessThan(300);
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                JsonNode holdings = projection(second, "holdings");
                assertThat(holdings.get("replaying").asBoolean()).as(holdings.toString()).isFalse();
                assertThat(holdings.get("running").asBoolean()).as(holdings.toString()).isTrue();
                assertThat(count("select count(*) from read_model_rebuild")).isZero();
            });
        } finally {
            execute("delete from read_model_rebuild where node_id = 'a-stopped-node'");
        }
    }

    private long count(String sql) throws Exception {
        try (var connection = database.connect(); var statement = connection.createStatement();
             var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private String recordedShareId(RunningLedger node) {
        HttpResponse<String> recorded = node.post("/api/shares", manager, ShareApiTest.annualReport("knowsley-lscb"));
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        return json.readTree(recorded.body()).get("id").asString();
    }

    private JsonNode projection(RunningLedger node, String name) {
        JsonNode all = json.readTree(node.get("/api/admin/projections", auditor).body());
        return all.valueStream().filter(model -> model.get("name").asString().equals(name)).findFirst().orElseThrow();
    }

    private void execute(String sql) throws Exception {
        try (var connection = database.connect(); var statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private long eventCount() throws Exception {
        return count("select count(*) from domain_event_entry");
    }
}
