package uk.mappa.ledger.log;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.mappa.ledger.verify.Cosignature;
import uk.mappa.ledger.verify.SignedNote;
import uk.mappa.ledger.verify.Witness;

/**
 * Asks each configured witness to cosign the latest checkpoint (C2SP tlog-witness), with a consistency proof
 * from the size it last cosigned, and keeps every cosignature that verifies with the witness's key. A witness
 * that refuses is asked again only about a new checkpoint, and its reason is kept and shown, so an operator
 * sees a witness that has caught the log in a split view; one that cannot be reached is asked again.
 */
@Component
class WitnessCosigning {

    private static final Logger LOG = LoggerFactory.getLogger(WitnessCosigning.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final String UNREACHABLE = "unreachable: ";

    private final List<LogProperties.WitnessEndpoint> witnesses;
    private final LogStore store;
    private final LogProofs proofs;
    private final LogKeyGuard keyGuard;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    WitnessCosigning(LogProperties properties, LogStore store, LogProofs proofs, LogKeyGuard keyGuard, Clock clock) {
        this.witnesses = properties.witnesses();
        this.store = store;
        this.proofs = proofs;
        this.keyGuard = keyGuard;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${ledger.log.witness-interval:2s}", initialDelayString = "1s")
    void collect() {
        if (witnesses.isEmpty() || !keyGuard.mayWrite()) {
            return;
        }
        Optional<LogStore.StoredCheckpoint> latest = store.latestCheckpoint(0);
        if (latest.isEmpty()) {
            return;
        }
        for (LogProperties.WitnessEndpoint witness : witnesses) {
            try {
                ask(witness, latest.get());
            } catch (RuntimeException e) {
                LOG.error("Asking witness {} to cosign failed; it will be asked again", witness.url(), e);
            }
        }
    }

    /** What a witness answered: its cosignature, the size it is at instead, or why it refused. */
    private sealed interface Answer permits Cosigned, AtSize, Refused {
    }

    private record Cosigned(SignedNote.Signature line, Instant at) implements Answer {
    }

    private record AtSize(long size) implements Answer {
    }

    /** A refusal waits for a new checkpoint; a witness that could not be reached is asked again next round. */
    private record Refused(String reason) implements Answer {
    }

    private void ask(LogProperties.WitnessEndpoint witness, LogStore.StoredCheckpoint checkpoint) {
        SignedNote.VerifierKey key = witness.verifierKey();
        LogStore.WitnessProgress progress = store.witnessProgress(key.name());
        boolean askedAlready = progress.attemptedSize() == checkpoint.treeSize()
                && (progress.lastError() == null || !progress.lastError().startsWith(UNREACHABLE));
        if (askedAlready) {
            return;
        }
        Answer answer = submit(witness, key, progress.cosignedSize(), checkpoint);
        if (answer instanceof AtSize at) {
            // The witness had cosigned another size: submit again from there, once.
            answer = at.size() > checkpoint.treeSize()
                    ? new Refused("the witness has cosigned " + at.size() + " leaves, more than this log's "
                    + checkpoint.treeSize() + ": another history signed with this log's key (a split view)?")
                    : submit(witness, key, at.size(), checkpoint);
        }
        long cosignedSize = progress.cosignedSize();
        String error = null;
        if (answer instanceof Cosigned cosigned) {
            store.saveCosignature(checkpoint.treeSize(), key.name(), cosigned.line().line(), cosigned.at());
            cosignedSize = checkpoint.treeSize();
        } else {
            error = answer instanceof Refused refused ? refused.reason()
                    : "the witness moved on to size " + ((AtSize) answer).size() + " while asked";
            LOG.warn("Witness {} did not cosign the checkpoint of {} leaves: {}", key.name(), checkpoint.treeSize(),
                    error);
        }
        store.recordWitnessProgress(new LogStore.WitnessProgress(key.name(), cosignedSize, checkpoint.treeSize(),
                clock.instant(), error));
    }

    private Answer submit(LogProperties.WitnessEndpoint witness, SignedNote.VerifierKey key, long oldSize,
                          LogStore.StoredCheckpoint checkpoint) {
        String body = Witness.request(oldSize, oldSize == 0 ? List.of()
                : proofs.consistencyProof(oldSize, checkpoint.treeSize()), checkpoint.note());
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(URI.create(witness.url().toString().replaceAll("/$", "")
                            + "/add-checkpoint")).timeout(TIMEOUT)
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Refused(UNREACHABLE + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Refused(UNREACHABLE + "interrupted");
        }
        if (response.statusCode() == 409 && response.headers().firstValue("Content-Type")
                .filter(type -> type.startsWith(Witness.SIZE_TYPE)).isPresent()
                && response.body().matches("(0|[1-9][0-9]{0,18})\n")) {
            return new AtSize(Long.parseLong(response.body().trim()));
        }
        if (response.statusCode() != 200) {
            return new Refused("HTTP " + response.statusCode() + ": " + response.body().lines().findFirst().orElse(""));
        }
        String text = SignedNote.parse(checkpoint.note()).orElseThrow().text();
        for (String line : response.body().lines().toList()) {
            Optional<SignedNote.Signature> signature = SignedNote.parse(text + "\n" + line + "\n")
                    .flatMap(note -> note.signatures().stream().findFirst());
            Optional<Instant> at = signature.flatMap(one -> Cosignature.verifiedTime(
                    new SignedNote.Note(text, List.of(one)), key.name(), key.key()));
            if (at.isPresent()) {
                return new Cosigned(signature.get(), at.get());
            }
        }
        return new Refused("the witness answered with no cosignature that verifies with its key");
    }
}
