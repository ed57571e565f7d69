package uk.mappa.ledger.log;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.springframework.stereotype.Component;
import uk.mappa.ledger.verify.SignedNote;
import uk.mappa.ledger.verify.TreeHead;

/**
 * The log's health for operators (Micrometer, served at /actuator/prometheus): events awaiting their seal
 * and for how long, the last live verification, and how far each witness is behind. Read when scraped,
 * each from an indexed row or two.
 */
@Component
class LogMetrics {

    LogMetrics(MeterRegistry registry, LogStore store, LogProofs proofs, LogProperties properties, Clock clock) {
        Gauge.builder("ledger.log.unsealed.events", store, LogStore::countAwaitingSeal)
                .description("Events recorded but not yet sealed in the log").register(registry);
        Gauge.builder("ledger.log.sealing.lag", store, log -> log.countAwaitingSeal() == 0 ? 0
                        : log.latestTreeHead().map(TreeHead::timestamp)
                        .map(signed -> Duration.between(signed, clock.instant()).toMillis() / 1000.0).orElse(0.0))
                .baseUnit("seconds").description("Seconds since the last tree head while events await their seal")
                .register(registry);
        Gauge.builder("ledger.log.verification.intact", proofs, log -> log.lastVerification()
                        .map(last -> last.intact() ? 1.0 : 0.0).orElse(Double.NaN))
                .description("1 when the last live verification found the log intact and nothing unsealed, 0 when not")
                .register(registry);
        Gauge.builder("ledger.log.verification.age", proofs, log -> log.lastVerification()
                        .map(last -> Duration.between(last.at(), clock.instant()).toSeconds() * 1.0).orElse(Double.NaN))
                .baseUnit("seconds").description("Seconds since the last live verification on this node")
                .register(registry);
        for (LogProperties.WitnessEndpoint witness : properties.witnesses()) {
            SignedNote.VerifierKey key = witness.verifierKey();
            Gauge.builder("ledger.witness.behind", store, log -> log.latestCheckpoint(0)
                            .map(LogStore.StoredCheckpoint::treeSize).orElse(0L)
                            - log.witnessProgress(key.name()).cosignedSize())
                    .tag("witness", key.name()).description("Leaves the witness has not cosigned yet")
                    .register(registry);
        }
    }
}
