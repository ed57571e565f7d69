package uk.mappa.ledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import uk.mappa.ledger.support.LedgerProcess;
import uk.mappa.ledger.support.RunningLedger;

/**
 * A 201 means the share survives a crash: the ledger on its embedded H2 file is killed with SIGKILL while
 * eight clients record shares, started again, and every share it acknowledged is there.
 */
class CrashDurabilityTest {

    static final int CLIENTS = 8;

    @TempDir
    Path directory;

    final JsonMapper json = JsonMapper.builder().build();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void everyShareAcknowledgedBeforeAKillIsThereAfterARestart() throws Exception {
        int port = LedgerProcess.freePort();
        String[] properties = {"spring.datasource.url=jdbc:h2:file:" + directory.resolve("data/ledger"),
                "ledger.security.demo-users=true", "ledger.log.key-file=" + directory.resolve("data/log-key.pem")};
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicBoolean running = new AtomicBoolean(true);
        try (LedgerProcess ledger = LedgerProcess.start(directory, port, properties)) {
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            for (int i = 0; i < CLIENTS; i++) {
                clients.submit(() -> {
                    while (running.get()) {
                        record(ledger.baseUrl(), acknowledged);
                    }
                });
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() >= 150);
            ledger.kill();
            running.set(false);
            clients.shutdown();
            assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        List<String> before = List.copyOf(acknowledged);

        try (LedgerProcess restarted = LedgerProcess.start(directory, port, properties)) {
            String auditor = RunningLedger.basic("auditor", "demo");
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(before)
                    .allSatisfy(id -> assertThat(get(restarted.baseUrl() + "/api/shares/" + id, auditor))
                            .as(id).isEqualTo(200)));
        }
        assertThat(before).hasSizeGreaterThanOrEqualTo(150);
    }

    private void record(String baseUrl, Set<String> acknowledged) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/shares"))
                    .timeout(Duration.ofSeconds(10))
                    .header("Authorization", RunningLedger.basic("manager.merseyside-smb", "demo"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(ShareApiTest.annualReport("knowsley-lscb")
                            .replace("2026-04-01T09:00:00Z", Instant.now().minusSeconds(60).toString())))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 201) {
                acknowledged.add(json.readTree(response.body()).get("id").asString());
            }
        } catch (java.io.IOException killed) {
            // The ledger was killed mid-request: nothing was acknowledged.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private int get(String url, String authorization) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", authorization).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
