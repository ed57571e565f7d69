package uk.mappa.ledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.mappa.ledger.support.RunningLedger.bearer;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.json.JsonMapper;
import uk.mappa.ledger.support.RunningLedger;
import uk.mappa.ledger.support.TcpProxy;
import uk.mappa.ledger.support.TestDatabase;
import uk.mappa.ledger.support.TestTokens;

/**
 * PostgreSQL made unreachable under the ledger, through a proxy the test cuts: requests fail within seconds
 * with a 503 problem and Retry-After, health says DOWN, and when the database is back the ledger recovers by
 * itself with every acknowledged share still there.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseOutageIntegrationTest {

    final JsonMapper json = JsonMapper.builder().build();
    final TestTokens tokens = TestTokens.generate();
    final String manager = bearer(tokens.token("alex.smb", "merseyside-smb", "merseyside", "BUSINESS_MANAGER"));
    final String auditor = bearer(tokens.token("pat.auditor", null, null, "AUDITOR"));

    TestDatabase database;
    TcpProxy proxy;
    RunningLedger ledger;

    @BeforeAll
    void start() {
        database = TestDatabase.fresh();
        Assumptions.assumeTrue(database.postgres(), "an outage of PostgreSQL needs PostgreSQL");
        java.net.URI direct = java.net.URI.create(database.url().substring("jdbc:".length()));
        proxy = new TcpProxy(direct.getHost(), direct.getPort());
        TestDatabase viaProxy = new TestDatabase(database.url().replace(direct.getHost() + ":" + direct.getPort(),
                "127.0.0.1:" + proxy.port()), database.user(), database.password(), database.schema());
        ledger = RunningLedger.start(viaProxy, tokens, "ledger.seed.agreements=true");
    }

    @AfterAll
    void stop() {
        if (ledger != null) {
            ledger.close();
        }
        if (proxy != null) {
            proxy.close();
        }
        database.close();
    }

    HttpResponse<String> record() {
        return ledger.post("/api/shares", manager, ShareApiTest.annualReport("knowsley-lscb"));
    }

    @Test
    void anOutageIsA503WithinSecondsAndTheLedgerRecoversWithNothingLost() {
        List<String> acknowledged = new ArrayList<>();
        HttpResponse<String> before = record();
        assertThat(before.statusCode()).as(before.body()).isEqualTo(201);
        acknowledged.add(json.readTree(before.body()).get("id").asString());

        proxy.cut();
        for (String path : new String[] {"/api/shares", "/api/shares/" + acknowledged.get(0)}) {
            long started = System.nanoTime();
            HttpResponse<String> during = path.equals("/api/shares") ? record() : ledger.get(path, auditor);
            long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
            assertThat(during.statusCode()).as(path + ": " + during.body()).isEqualTo(503);
            assertThat(during.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(json.readTree(during.body()).get("code").asString()).isEqualTo("database-unavailable");
            assertThat(seconds).as("seconds to answer").isLessThanOrEqualTo(8);
        }
        assertThat(ledger.get("/actuator/health", null).statusCode()).isEqualTo(503);

        proxy.restore();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            HttpResponse<String> after = record();
            assertThat(after.statusCode()).as(after.body()).isEqualTo(201);
            acknowledged.add(json.readTree(after.body()).get("id").asString());
        });
        assertThat(ledger.get("/actuator/health", null).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(acknowledged).allSatisfy(id ->
                assertThat(ledger.get("/api/shares/" + id, auditor).statusCode()).as(id).isEqualTo(200)));
    }
}
