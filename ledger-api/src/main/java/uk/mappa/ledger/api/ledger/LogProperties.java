package uk.mappa.ledger.api.ledger;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The tamper-evident log's settings.
 *
 * @param keyFile      the Ed25519 private key (PKCS#8 PEM) that signs tree heads; created there when absent
 * @param sealInterval how often new events are sealed and, when there are any, a tree head signed
 */
@ConfigurationProperties("ledger.log")
record LogProperties(Path keyFile, Duration sealInterval) {

    LogProperties {
        keyFile = keyFile == null ? Path.of("data", "ledger-log-key.pem") : keyFile;
        sealInterval = sealInterval == null ? Duration.ofSeconds(1) : sealInterval;
    }
}
