package uk.mappa.ledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.mappa.ledger.support.RunningLedger.bearer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
 * Read-your-writes on PostgreSQL: a write answers with its Ledger-Position, and a read of a view that sends it
 * back shows the write at once, with no polling; a view that cannot reach it in time says so (503).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadYourWritesIntegrationTest {

    final JsonMapper json = JsonMapper.builder().build();
    final TestTokens tokens = TestTokens.generate();
    final String igLead = bearer(tokens.token("sam.ig", null, "merseyside", "IG_LEAD"));
    final String smbManager = bearer(tokens.token("alex.smb", "merseyside-smb", "merseyside", "BUSINESS_MANAGER"));
    final HttpClient http = HttpClient.newHttpClient();
    TestDatabase database;
    RunningLedger ledger;
    String baseUrl;

    @BeforeAll
    void start() {
        database = TestDatabase.fresh();
        ledger = RunningLedger.start(database, tokens, "ledger.seed.agreements=true",
                "ledger.web.read-your-writes-timeout=1s");
        baseUrl = ledger.baseUrl();
    }

    @AfterAll
    void stop() {
        ledger.close();
        database.close();
    }

    HttpResponse<String> get(String path, String position) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", igLead)
                .header("Accept", "application/json");
        if (position != null) {
            request.header("Ledger-Position", position);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aReadSentWithTheWritesPositionShowsTheWriteAtOnce() throws Exception {
        for (int round = 0; round < 5; round++) {
            HttpResponse<String> recorded = ledger.post("/api/shares", smbManager,
                    ShareApiTest.annualReport("knowsley-lscb"));
            assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
            String position = recorded.headers().firstValue("Ledger-Position").orElseThrow();
            assertThat(position).matches("[1-9][0-9]*");
            String id = json.readTree(recorded.body()).get("id").asString();

            HttpResponse<String> held = get("/api/holdings?bodyId=knowsley-lscb", position);
            assertThat(held.statusCode()).as(held.body()).isEqualTo(200);
            JsonNode holdings = json.readTree(held.body());
            assertThat(holdings.get("items").valueStream().map(item -> item.get("shareId").asString())).contains(id);
            HttpResponse<String> trail = get("/api/audit/events?bodyId=knowsley-lscb", position);
            assertThat(trail.statusCode()).as(trail.body()).isEqualTo(200);
            JsonNode audit = json.readTree(trail.body());
            assertThat(audit.get("items").valueStream().map(entry -> entry.get("aggregateId").asString()))
                    .contains(id);
        }
    }

    @Test
    void aWritesPositionIsThatOfTheEventItRecorded() throws Exception {
        HttpResponse<String> first = ledger.post("/api/shares", smbManager, ShareApiTest.annualReport("knowsley-lscb"));
        HttpResponse<String> second = ledger.post("/api/shares", smbManager, ShareApiTest.annualReport("wirral-lscb"));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(second.statusCode()).as(second.body()).isEqualTo(201);

        for (HttpResponse<String> recorded : java.util.List.of(first, second)) {
            String id = json.readTree(recorded.body()).get("id").asString();
            assertThat(database.rows("select global_index from domain_event_entry where aggregate_identifier = '"
                    + id + "'")).containsExactly(recorded.headers().firstValue("Ledger-Position").orElseThrow() + "|");
        }
    }

    @Test
    void aViewThatCannotReachThePositionInTimeSaysSoAndOneReadFromEventsNeverWaits() throws Exception {
        HttpResponse<String> behind = get("/api/holdings?bodyId=knowsley-lscb", "999999999999");
        assertThat(behind.statusCode()).isEqualTo(503);
        assertThat(behind.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(json.readTree(behind.body()).get("code").asString()).isEqualTo("read-model-behind");

        HttpResponse<String> malformed = get("/api/holdings?bodyId=knowsley-lscb", "yesterday");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(json.readTree(malformed.body()).get("violations").get(0).get("field").asString())
                .isEqualTo("Ledger-Position");

        assertThat(get("/api/ledger/tree-head", "999999999999").statusCode()).isNotEqualTo(503);
        HttpResponse<String> failedWrite = ledger.post("/api/shares", smbManager, "{}");
        assertThat(failedWrite.statusCode()).isEqualTo(400);
        assertThat(failedWrite.headers().firstValue("Ledger-Position")).isEmpty();
    }
}
