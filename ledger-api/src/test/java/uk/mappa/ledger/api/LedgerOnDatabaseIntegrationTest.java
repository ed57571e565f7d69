package uk.mappa.ledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static uk.mappa.ledger.support.RunningLedger.bearer;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.mappa.ledger.support.RunningLedger;
import uk.mappa.ledger.support.TestDatabase;
import uk.mappa.ledger.support.TestTokens;

/**
 * The story of the foundation issue on the production path: PostgreSQL (see {@link TestDatabase}),
 * bearer tokens, real HTTP, and a restart in the middle.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LedgerOnDatabaseIntegrationTest {

    static final List<String> MERSEYSIDE_LSCBS =
            List.of("liverpool-lscb", "knowsley-lscb", "sefton-lscb", "st-helens-lscb", "wirral-lscb");

    final JsonMapper json = JsonMapper.builder().build();
    final TestTokens tokens = TestTokens.generate();
    final String smbManager = bearer(tokens.token("alex.smb", "merseyside-smb", "merseyside", "BUSINESS_MANAGER"));
    final String igLead = bearer(tokens.token("sam.ig", null, "merseyside", "IG_LEAD"));

    TestDatabase database;
    RunningLedger ledger;
    String agreementId;

    @BeforeAll
    void start() {
        database = TestDatabase.fresh();
        ledger = RunningLedger.start(database, tokens);
        agreementId = agreeMerseysideMou();
    }

    /** Real deployments record their agreements through the API: the IG lead drafts, every party accepts. */
    private String agreeMerseysideMou() {
        HttpResponse<String> drafted = ledger.post("/api/agreements", igLead, """
                {"kind": "MOU", "title": "Merseyside MoU", "parties": ["merseyside-smb", "liverpool-lscb",
                 "knowsley-lscb", "sefton-lscb", "st-helens-lscb", "wirral-lscb"],
                 "categories": ["ANNUAL_REPORT", "TRAINING"], "lawfulBases": ["CJA_2003_S325"],
                 "effectiveFrom": "2016-10-01", "reviewDue": "2027-10-31", "retention": "P3Y"}""");
        assertThat(drafted.statusCode()).isEqualTo(201);
        String id = json.readTree(drafted.body()).get("id").asString();
        List<String> parties = new ArrayList<>(MERSEYSIDE_LSCBS);
        parties.add(0, "merseyside-smb");
        for (String party : parties) {
            String manager = bearer(tokens.token("manager." + party, party, "merseyside", "BUSINESS_MANAGER"));
            HttpResponse<String> accepted = ledger.post("/api/agreements/" + id + "/acceptances", manager,
                    "{\"signatoryRole\": \"Chair\", \"acceptedOn\": \"2016-10-01\"}");
            assertThat(accepted.statusCode()).isEqualTo(200);
        }
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(json.readTree(
                ledger.get("/api/agreements/" + id, igLead).body()).get("status").asString()).isEqualTo("ACTIVE"));
        return id;
    }

    private String share(String category, String title, String recipient, String sharedAt) {
        HttpResponse<String> recorded = ledger.post("/api/shares", smbManager, """
                {"agreementId": "%s", "category": "%s", "title": "%s", "providerBodyId": "merseyside-smb",
                 "recipientBodyIds": ["%s"], "lawfulBasis": "CJA_2003_S325", "purpose": "Planning",
                 "marking": {"classification": "OFFICIAL"}, "sharedAt": "%s",
                 "contentSha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}"""
                .formatted(agreementId, category, title, recipient, sharedAt));
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        return json.readTree(recorded.body()).get("id").asString();
    }

    @AfterAll
    void stop() {
        if (ledger != null) {
            ledger.close();
        }
        database.close();
    }

    @Test
    void anAnnualReportSharedWithTheFiveLscbsIsSeenAndSurvivesARestart() {
        HttpResponse<String> recorded = ledger.post("/api/shares", smbManager, """
                {"agreementId": "%s", "category": "ANNUAL_REPORT", "title": "Merseyside SMB annual report 2025/26",
                 "providerBodyId": "merseyside-smb",
                 "recipientBodyIds": ["liverpool-lscb", "knowsley-lscb", "sefton-lscb", "st-helens-lscb", "wirral-lscb"],
                 "lawfulBasis": "CJA_2003_S325", "purpose": "Planning of LSCB business priorities",
                 "marking": {"classification": "OFFICIAL"},
                 "contentSha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}"""
                .formatted(agreementId));
        assertThat(recorded.statusCode()).isEqualTo(201);
        String id = json.readTree(recorded.body()).get("id").asString();

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertTheShareIsVisible(id));

        ledger.close();
        ledger = RunningLedger.start(database, tokens);

        assertTheShareIsVisible(id);
        assertThat(ledger.get("/api/shares/" + id, smbManager).statusCode()).isEqualTo(200);
    }

    private void assertTheShareIsVisible(String id) {
        JsonNode audit = json.readTree(ledger.get("/api/audit/events?category=ANNUAL_REPORT&size=100", igLead).body());
        assertThat(audit.get("items").valueStream().map(entry -> entry.get("aggregateId").asString()))
                .contains(id);
        for (String lscb : MERSEYSIDE_LSCBS) {
            HttpResponse<String> holdings = ledger.get("/api/holdings?bodyId=" + lscb, igLead);
            assertThat(holdings.statusCode()).isEqualTo(200);
            assertThat(json.readTree(holdings.body()).get("items").valueStream().map(h -> h.get("shareId").asString()))
                    .contains(id);
        }
    }

    @Test
    void seedingTheRegisterOnEveryStartRecordsEachBodyOnce() throws SQLException {
        long before = count("select count(*) from domain_event_entry where payload_type like '%BodyRegistered'");
        ledger.close();
        ledger = RunningLedger.start(database, tokens);
        long after = count("select count(*) from domain_event_entry where payload_type like '%BodyRegistered'");
        assertThat(after).isEqualTo(before).isEqualTo(json.readTree(
                getClass().getResourceAsStream("/seed/bodies.json")).size());
    }

    @Test
    void theGlobalEventSequenceHasNoGapsAcrossRestarts() throws SQLException {
        ledger.close();
        ledger = RunningLedger.start(database, tokens);
        share("TRAINING", "Training offer", "wirral-lscb", java.time.Instant.now().toString());
        List<Long> indexes = new ArrayList<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select global_index from domain_event_entry order by global_index")) {
            while (rows.next()) {
                indexes.add(rows.getLong(1));
            }
        }
        assertThat(indexes).isNotEmpty();
        for (int i = 1; i < indexes.size(); i++) {
            assertThat(indexes.get(i)).isEqualTo(indexes.get(i - 1) + 1);
        }
    }

    @Test
    void eventPayloadsAreStoredInTheRowsAsBytes() throws SQLException {
        String type = database.postgres() ? "bytea" : "BINARY VARYING";
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select data_type from information_schema.columns"
                     + " where lower(table_name) = 'domain_event_entry' and lower(column_name) in ('payload', 'meta_data')"
                     + (database.postgres() ? " and table_schema = '" + database.schema() + "'" : ""))) {
            int columns = 0;
            while (rows.next()) {
                assertThat(rows.getString(1)).isEqualToIgnoringCase(type);
                columns++;
            }
            assertThat(columns).isEqualTo(2);
        }
    }

    @Test
    void tokensAreRequiredAndMustBeSignedByTheConfiguredKey() {
        assertThat(ledger.get("/api/bodies", null).statusCode()).isEqualTo(401);
        assertThat(ledger.get("/api/bodies", bearer(TestTokens.forgedToken("mallory", "merseyside-smb",
                "AUDITOR"))).statusCode()).isEqualTo(401);
        assertThat(ledger.get("/api/bodies", RunningLedger.basic("auditor", "demo")).statusCode()).isEqualTo(401);
        assertThat(ledger.get("/api/bodies", smbManager).statusCode()).isEqualTo(200);
    }

    @Test
    void holdingsAtAPastInstantComeFromTheHistoryIncludingCopiesDestroyedSince() {
        String knowsley = bearer(tokens.token("manager.knowsley-lscb", "knowsley-lscb", "merseyside", "BUSINESS_MANAGER"));
        String id = share("TRAINING", "Safeguarding training offer", "knowsley-lscb", "2026-01-15T10:00:00Z");
        java.time.Instant beforeDestruction = java.time.Instant.now();
        assertThat(ledger.post("/api/shares/" + id + "/destructions", knowsley,
                "{\"reason\": \"NO_LONGER_REQUIRED\"}").statusCode()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(
                ledger.get("/api/holdings?bodyId=knowsley-lscb", igLead).body()).doesNotContain(id));
        JsonNode then = json.readTree(ledger.get("/api/holdings?bodyId=knowsley-lscb&asOf=" + beforeDestruction, igLead).body());
        assertThat(then.get("items").valueStream().filter(h -> h.get("shareId").asString().equals(id)))
                .singleElement().satisfies(h -> assertThat(h.get("status").asString()).isEqualTo("HELD"));
        JsonNode beforeShared = json.readTree(ledger.get("/api/holdings?bodyId=knowsley-lscb&asOf=2026-01-15T09:59:59Z",
                igLead).body());
        assertThat(beforeShared.get("items").valueStream().map(h -> h.get("shareId").asString())).doesNotContain(id);
    }

    @Test
    void theAuditTrailExportsAsCsv() {
        String id = share("ANNUAL_REPORT", "Annual report, \\\"draft\\\" edition", "sefton-lscb", "2026-02-01T10:00:00Z");
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            HttpResponse<String> csv = ledger.get("/api/audit/events?bodyId=sefton-lscb&category=ANNUAL_REPORT", igLead,
                    "text/csv");
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
            assertThat(csv.body()).startsWith("position,occurred_at,event_type").contains(id)
                    .contains("\"\"draft\"\" edition");
        });
    }

    @Test
    void demoUsersRefuseToStartOnARealDatabase() {
        org.junit.jupiter.api.Assumptions.assumeTrue(database.postgres(), "only meaningful on PostgreSQL");
        assertThatThrownBy(() -> RunningLedger.start(database, tokens, "ledger.security.demo-users=true"))
                .hasStackTraceContaining("Demo users exist only on a local embedded H2 database");
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
