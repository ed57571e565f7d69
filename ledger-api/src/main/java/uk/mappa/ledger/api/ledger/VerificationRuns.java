package uk.mappa.ledger.api.ledger;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.mappa.ledger.api.access.ReadAccess;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.log.LogProofs;
import uk.mappa.ledger.log.LogViews;

/**
 * A check of the whole live log run in the background, so that an auditor can follow it (how many of the sealed
 * events it has checked) rather than wait on one long request. One run at a time on each node: asking again
 * while one runs follows that one.
 */
@Component
public class VerificationRuns {

    private static final Logger LOG = LoggerFactory.getLogger(VerificationRuns.class);

    private final LogProofs proofs;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "log-verification");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<Run> latest = new AtomicReference<>();

    VerificationRuns(LogProofs proofs, Clock clock) {
        this.proofs = proofs;
        this.clock = clock;
    }

    /**
     * One run: who started it and when, how far it has got, and once finished its verdict (or why it could not
     * finish).
     *
     * @param total the events sealed when it started (more may be sealed while it runs)
     */
    public record Run(Instant startedAt, String startedBy, long checked, long total, boolean finished,
                      LogViews.VerificationView verdict, String failure) {

        /** How far it has got, 0 to 100. */
        public int percent() {
            return finished ? 100 : total == 0 ? 0 : (int) Math.min(99, checked * 100 / total);
        }

        Run checked(long count) {
            return new Run(startedAt, startedBy, count, total, false, null, null);
        }

        Run finished(LogViews.VerificationView verdict, String failure) {
            return new Run(startedAt, startedBy, verdict == null ? checked : verdict.events(), total, true, verdict,
                    failure);
        }
    }

    /** Starts a run, or follows the one already running. */
    public synchronized Run start(Actor actor) {
        ReadAccess.requireAuditor(actor);
        Run running = latest.get();
        if (running != null && !running.finished()) {
            return running;
        }
        Run run = new Run(clock.instant(), actor.userId(), 0, proofs.leafCount(), false, null, null);
        latest.set(run);
        worker.execute(() -> {
            try {
                LogViews.VerificationView verdict = proofs.verifyLive(clock.instant(),
                        count -> latest.updateAndGet(current -> current.checked(count)));
                latest.updateAndGet(current -> current.finished(verdict, null));
            } catch (RuntimeException failed) {
                LOG.error("The log verification started by {} at {} failed", run.startedBy(), run.startedAt(), failed);
                latest.updateAndGet(current -> current.finished(null, "The check could not finish: the ledger could"
                        + " not read the whole log. Start it again; if it fails again, see the ledger's log."));
            }
        });
        return run;
    }

    /** The latest run on this node, if any has been started. */
    public Optional<Run> latest(Actor actor) {
        ReadAccess.requireAuditor(actor);
        return Optional.ofNullable(latest.get());
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
