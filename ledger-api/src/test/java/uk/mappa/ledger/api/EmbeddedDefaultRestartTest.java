package uk.mappa.ledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.mappa.ledger.support.RunningLedger.basic;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import uk.mappa.ledger.support.RunningLedger;

/** The embedded default keeps everything in an H2 file under ./data/, across restarts, with demo users. */
class EmbeddedDefaultRestartTest {

    @TempDir
    Path workingDirectory;

    @Test
    void aShareRecordedWithADemoUserIsStillThereAfterARestart() {
        String url = "jdbc:h2:file:" + workingDirectory.resolve("data/ledger");
        String key = "--ledger.log.key-file=" + workingDirectory.resolve("data/ledger-log-key.pem");
        String kek = "--ledger.personal-data.kek-file=" + workingDirectory.resolve("data/ledger-kek");
        String id;
        try (RunningLedger ledger = RunningLedger.start("--server.port=0", "--spring.datasource.url=" + url, "--ledger.security.demo-users=true", key, kek)) {
            var response = ledger.post("/api/shares", basic("manager.merseyside-smb", "demo"), """
                    {"agreementId": "%s", "category": "SCR_LEARNING", "title": "Learning from a serious case review",
                     "providerBodyId": "merseyside-smb", "recipientBodyIds": ["knowsley-lscb"],
                     "lawfulBasis": "CHILDREN_ACT_2004", "purpose": "Learning", "marking": {"classification": "OFFICIAL"},
                     "contentSha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}"""
                    .formatted(ShareApiTest.MERSEYSIDE_MOU));
            assertThat(response.statusCode()).isEqualTo(201);
            id = JsonMapper.builder().build().readTree(response.body()).get("id").asString();
        }
        assertThat(Files.exists(workingDirectory.resolve("data/ledger.mv.db"))).isTrue();

        try (RunningLedger ledger = RunningLedger.start("--server.port=0", "--spring.datasource.url=" + url, "--ledger.security.demo-users=true", key, kek)) {
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(
                    ledger.get("/api/holdings?bodyId=knowsley-lscb", basic("manager.knowsley-lscb", "demo")).body())
                    .contains(id));
            assertThat(ledger.get("/api/shares/" + id, basic("ig.merseyside", "demo")).statusCode()).isEqualTo(200);
        }
    }
}
