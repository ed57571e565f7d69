package uk.mappa.ledger.log;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import uk.mappa.ledger.verify.SignedNote;

/**
 * The tamper-evident log's settings.
 *
 * @param keyFile      the Ed25519 private key (PKCS#8 PEM) that signs tree heads; created there when absent
 * @param origin       the log's name in its C2SP checkpoints (and the key name of its note signature): a
 *                     schema-less URL unique to this deployment, e.g. {@code ledger.merseyside.example/log}
 * @param sealInterval how often new events are sealed and, when there are any, a tree head signed
 * @param witnesses     the C2SP witnesses asked to cosign each new checkpoint: each its add-checkpoint URL prefix
 *                      and its verifier key ({@code <name>+<key id>+<base64 0x04 || key>})
 * @param witnessQuorum how many witnesses' cosignatures a checkpoint needs before receipts cite it
 * @param gapWindow    how long a position the event store skipped is watched for a late commit: longer than
 *                     any transaction that appends events can take (the live verification reports anything
 *                     left unsealed all the same)
 */
@ConfigurationProperties("ledger.log")
public record LogProperties(Path keyFile, String origin, Duration sealInterval, Duration gapWindow,
                            List<WitnessEndpoint> witnesses, int witnessQuorum) {

    /** A witness: where it takes checkpoints, and the key its cosignatures are checked with. */
    public record WitnessEndpoint(URI url, String key) {

        public SignedNote.VerifierKey verifierKey() {
            return SignedNote.parseVerifierKey(key == null ? "" : key).filter(SignedNote.VerifierKey::witness)
                    .orElseThrow(() -> new IllegalArgumentException("ledger.log.witnesses[].key must be a witness's"
                            + " verifier key (type 0x04): " + key));
        }
    }

    public LogProperties {
        keyFile = keyFile == null ? Path.of("data", "ledger-log-key.pem") : keyFile;
        origin = origin == null || origin.isBlank() ? "localhost/mappa-ledger" : origin;
        if (!SignedNote.validKeyName(origin)) {
            throw new IllegalArgumentException("ledger.log.origin must have no spaces or plus signs: " + origin);
        }
        sealInterval = sealInterval == null ? Duration.ofSeconds(1) : sealInterval;
        gapWindow = gapWindow == null ? Duration.ofMinutes(10) : gapWindow;
        witnesses = witnesses == null ? List.of() : List.copyOf(witnesses);
        for (WitnessEndpoint witness : witnesses) {
            if (witness.url() == null || !witness.url().isAbsolute()) {
                throw new IllegalArgumentException("ledger.log.witnesses[].url must be an absolute URL");
            }
            witness.verifierKey();
        }
        if (witnessQuorum < 0 || witnessQuorum > witnesses.size()) {
            throw new IllegalArgumentException("ledger.log.witness-quorum must be between 0 and the number of"
                    + " witnesses (" + witnesses.size() + ")");
        }
    }
}
