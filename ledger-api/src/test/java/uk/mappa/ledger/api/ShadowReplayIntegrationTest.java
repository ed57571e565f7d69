package uk.mappa.ledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static uk.mappa.ledger.support.RunningLedger.bearer;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.mappa.ledger.support.RunningLedger;
import uk.mappa.ledger.support.TestDatabase;
import uk.mappa.ledger.support.TestTokens;

/**
 * Rebuilding a read model on PostgreSQL without it going dark. The rebuild is held part-way (a row of the read
 * model it must empty is locked by the test), after it has emptied the rest: readers still see the whole old view,
 * then the rebuilt one replaces it in one step, with what was recorded meanwhile. A rebuild that fails leaves the
 * old view and says why.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ShadowReplayIntegrationTest {

    /** What a held rebuild waits on: emptying the monthly counts, which it does after emptying the copies. */
    static final String HELD_AT = "delete from shares_by_month%";

    final JsonMapper json = JsonMapper.builder().build();
    final TestTokens tokens = TestTokens.generate();
    final String auditor = bearer(tokens.token("pat.auditor", null, null, "AUDITOR"));
    final String smbManager = bearer(tokens.token("alex.smb", "merseyside-smb", "merseyside", "BUSINESS_MANAGER"));
    final String knowsley = bearer(tokens.token("kim.knowsley", "knowsley-lscb", "merseyside", "BUSINESS_MANAGER"));

    TestDatabase database;
    RunningLedger ledger;

    @BeforeAll
    void start() {
        database = TestDatabase.fresh();
        assumeTrue(database.postgres(), "needs PostgreSQL, to see the rebuild wait on the test's lock");
        ledger = RunningLedger.start(database, tokens, "ledger.seed.agreements=true");
        for (int i = 0; i < 3; i++) {
            recordShare("Annual report " + i);
        }
        // The register too is a read model: until it has the seeded bodies, holdings answer 404 body-not-found.
        await().atMost(Duration.ofSeconds(15)).ignoreExceptions().until(() -> held().size() == 3);
    }

    @AfterAll
    void stop() {
        if (ledger != null) {
            ledger.close();
        }
        database.close();
    }

    @Test
    @Order(1)
    void readersSeeTheOldViewUntilTheRebuiltOneReplacesItInOneStep() throws Exception {
        List<String> before = rows("select share_id, body_id, role, title, held_since from holding order by 1, 2");
        List<String> heldBefore = held();
        List<String> auditBefore = rows(AUDIT);
        String recordedMeanwhile;
        try (Connection lock = database.connect()) {
            lock.setAutoCommit(false);
            try (Statement statement = lock.createStatement()) {
                statement.executeQuery("select * from shares_by_month for update").close();
            }
            assertThat(replay().statusCode()).isEqualTo(202);
            await().atMost(Duration.ofSeconds(15)).until(() -> rebuildWaitingOnTheLock() != null);

            // The rebuild has emptied the copies in its own transaction; nobody else sees that.
            assertThat(status().get("replaying").asBoolean()).isTrue();
            assertThat(status().get("caughtUp").asBoolean()).isFalse();
            assertThat(held()).isEqualTo(heldBefore);
            assertThat(rows("select share_id, body_id, role, title, held_since from holding order by 1, 2"))
                    .isEqualTo(before);
            // The ledger keeps recording; the share is read from its history at once, and the old view lacks it.
            recordedMeanwhile = recordShare("Recorded during the rebuild");
            assertThat(ledger.get("/api/shares/" + recordedMeanwhile, knowsley).statusCode()).isEqualTo(200);
            assertThat(held()).isEqualTo(heldBefore);
            lock.commit();
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode status = status();
            assertThat(status.get("replaying").asBoolean()).as(status.toString()).isFalse();
            assertThat(status.get("caughtUp").asBoolean()).as(status.toString()).isTrue();
            assertThat(status.get("position").asLong()).isGreaterThanOrEqualTo(status.get("headPosition").asLong());
        });
        List<String> after = held();
        assertThat(after).hasSize(4).containsAll(heldBefore).contains(recordedMeanwhile);
        assertThat(status().get("error").isNull()).isTrue();
        // Each event reached the rebuilt view once: the share recorded meanwhile counts once in its month.
        assertThat(rows("select sum(shares) from shares_by_month where body_id = 'merseyside-smb'"
                + " and month_start = date '2026-03-01'")).containsExactly("4|");
        // The audit trail, fed by the same processor, was not rebuilt: it kept its entries and took the new share's
        // once the processor carried on.
        await().atMost(Duration.ofSeconds(15)).until(() -> rows(AUDIT).size() == auditBefore.size() + 1);
        assertThat(rows(AUDIT)).containsAll(auditBefore);
        assertThat(rows("select count(*) from audit_entry where aggregate_id = '" + recordedMeanwhile + "'"))
                .containsExactly("1|");
    }

    /** The audit trail's entries, each with its position. */
    static final String AUDIT = "select global_position, event_id, event_type from audit_entry order by 1";

    @Test
    @Order(2)
    void aRebuildThatFailsLeavesTheOldViewAndSaysWhy() throws Exception {
        List<String> before = rows("select share_id, body_id, role, title, held_since from holding order by 1, 2");
        try (Connection lock = database.connect()) {
            lock.setAutoCommit(false);
            try (Statement statement = lock.createStatement()) {
                statement.executeQuery("select * from shares_by_month for update").close();
            }
            assertThat(replay().statusCode()).isEqualTo(202);
            Long rebuild = await().atMost(Duration.ofSeconds(15)).until(this::rebuildWaitingOnTheLock,
                    java.util.Objects::nonNull);
            // A second request while it runs starts nothing more.
            assertThat(replay().statusCode()).isEqualTo(202);
            try (Statement statement = lock.createStatement()) {
                statement.execute("select pg_cancel_backend(" + rebuild + ")");
            }
            lock.commit();
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode status = status();
            assertThat(status.get("replaying").asBoolean()).as(status.toString()).isFalse();
            assertThat(status.get("error").asString()).contains("cancel");
            assertThat(status.get("running").asBoolean()).isTrue();
        });
        assertThat(rows("select share_id, body_id, role, title, held_since from holding order by 1, 2"))
                .isEqualTo(before);
        assertThat(held()).hasSize(4);

        // The next rebuild succeeds and clears the error.
        assertThat(replay().statusCode()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode status = status();
            assertThat(status.get("caughtUp").asBoolean()).as(status.toString()).isTrue();
            assertThat(status.get("replaying").asBoolean()).isFalse();
            assertThat(status.get("error").isNull()).isTrue();
        });
        assertThat(rows("select share_id, body_id, role, title, held_since from holding order by 1, 2"))
                .isEqualTo(before);
    }

    private String recordShare(String title) {
        HttpResponse<String> response = ledger.post("/api/shares", smbManager, """
                {"agreementId": "%s", "category": "ANNUAL_REPORT", "title": "%s", "providerBodyId": "merseyside-smb",
                 "recipientBodyIds": ["knowsley-lscb"], "lawfulBasis": "CHILDREN_ACT_2004", "purpose": "Planning",
                 "marking": {"classification": "OFFICIAL"}, "sharedAt": "2026-03-01T10:00:00Z",
                 "contentSha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}"""
                .formatted(ShareApiTest.MERSEYSIDE_MOU, title));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json.readTree(response.body()).get("id").asString();
    }

    private HttpResponse<String> replay() {
        return ledger.post("/api/admin/projections/holdings/replay", auditor, "");
    }

    private JsonNode status() {
        for (JsonNode status : json.readTree(ledger.get("/api/admin/projections", auditor).body())) {
            if (status.get("name").asString().equals("holdings")) {
                return status;
            }
        }
        throw new AssertionError("no holdings projection");
    }

    /** The shares Knowsley holds a copy of, as the holdings view answers. */
    private List<String> held() {
        HttpResponse<String> response = ledger.get("/api/holdings?bodyId=knowsley-lscb", knowsley);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> shares = new ArrayList<>();
        json.readTree(response.body()).get("items").forEach(item -> shares.add(item.get("shareId").asString()));
        return shares;
    }

    /** The database process of the rebuild, once it waits on the test's lock. */
    private Long rebuildWaitingOnTheLock() throws SQLException {
        List<String> pids = rows("select pid from pg_stat_activity where wait_event_type = 'Lock' and query like '"
                + HELD_AT + "'");
        return pids.isEmpty() ? null : Long.valueOf(pids.get(0).replace("|", ""));
    }

    private List<String> rows(String sql) throws SQLException {
        return database.rows(sql);
    }
}
