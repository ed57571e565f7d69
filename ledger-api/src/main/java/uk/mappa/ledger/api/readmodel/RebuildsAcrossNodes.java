package uk.mappa.ledger.api.readmodel;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds as every node sees them: while a read model is rebuilt, the processor that feeds it runs nowhere, so that
 * the rebuilding node can hold all of its segments. The node records the rebuild ({@link RebuildRows}) and renews it
 * while it is queued or running; every node, each second, stops the processors a live rebuild names and starts them
 * again once it is done, has failed, or has lapsed (its node stopped renewing it).
 */
@Component
class RebuildsAcrossNodes {

    /** How long a rebuild waits for the other nodes to stop the processor and let its segments go. */
    static final Duration SEGMENTS_WAIT = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(RebuildsAcrossNodes.class);

    private final RebuildRows rows;
    private final ReadModels models;
    private final TokenStore tokens;
    private final TransactionTemplate transaction;
    private final Clock clock;
    /** The read models this node is to rebuild or is rebuilding. */
    private final Set<String> local = ConcurrentHashMap.newKeySet();
    /** The processors this node stopped for a rebuild (its own or another node's), to start again after it. */
    private final Set<String> stoppedHere = new HashSet<>();

    RebuildsAcrossNodes(JdbcTemplate database, ReadModels models, TokenStore tokens,
                        PlatformTransactionManager transactions, Clock clock) {
        this.rows = new RebuildRows(database, UUID.randomUUID().toString());
        this.models = models;
        this.tokens = tokens;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Records that this node is to rebuild the read model; false when a rebuild of it is under way on some node. */
    boolean begin(ReadModels.ReadModel model) {
        if (!rows.begin(model.name(), model.processor().getName(), clock.instant())) {
            return false;
        }
        local.add(model.name());
        return true;
    }

    /**
     * Stops the processor here and waits until this node can claim every one of its segments: the other nodes stop it
     * within a second or two of seeing the rebuild, and let its segments go.
     */
    void takeOver(String processor) {
        follow();
        Instant deadline = clock.instant().plus(SEGMENTS_WAIT);
        while (true) {
            try {
                transaction.executeWithoutResult(status -> {
                    int[] ids = tokens.fetchSegments(processor);
                    for (int id : ids) {
                        tokens.fetchToken(processor, id);
                    }
                    for (int id : ids) {
                        tokens.releaseClaim(processor, id);
                    }
                });
                return;
            } catch (UnableToClaimTokenException held) {
                if (clock.instant().isAfter(deadline)) {
                    throw new IllegalStateException("Another node is still processing " + processor + " after "
                            + SEGMENTS_WAIT.toSeconds() + " s", held);
                }
                try {
                    Thread.sleep(250);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while waiting for " + processor, interrupted);
                }
            }
        }
    }

    /** The rebuild is over (done, or failed with {@code why}): the processor runs again wherever it was stopped. */
    void ended(String model, String why) {
        try {
            if (why == null) {
                rows.finished(model);
            } else {
                rows.failed(model, why);
            }
        } finally {
            local.remove(model);
            follow();
        }
    }

    /** Every read model with a rebuild under way or failed, on any node. */
    Map<String, ReadModelRebuilds.State> states() {
        return rows.states(clock.instant());
    }

    /** Each second: keeps this node's rebuilds live, and stops or starts this node's processors as rebuilds require. */
    @Scheduled(fixedDelay = 1_000, initialDelay = 1_000)
    void watch() {
        try {
            if (!local.isEmpty()) {
                rows.renew(clock.instant());
            }
            follow();
        } catch (DataAccessException unreachable) {
            // The database is out of reach: no processor can work meanwhile, and the next round follows again.
            LOG.debug("Could not follow the rebuilds this round", unreachable);
        }
    }

    /** Stops the processors a live rebuild names, and starts those this node stopped once none does. */
    private synchronized void follow() {
        Set<String> held = rows.processorsHeld(clock.instant());
        Map<String, StreamingEventProcessor> processors = new HashMap<>();
        models.all().forEach(model -> processors.putIfAbsent(model.processor().getName(), model.processor()));
        processors.forEach((name, processor) -> {
            if (held.contains(name) && processor.isRunning()) {
                processor.shutDown();
                stoppedHere.add(name);
            } else if (!held.contains(name) && stoppedHere.remove(name)) {
                processor.start();
            }
        });
    }

    @PreDestroy
    void stop() {
        try {
            rows.abandon();
        } catch (RuntimeException unreachable) {
            LOG.warn("Could not withdraw this node's rebuilds; the other nodes go on once they lapse", unreachable);
        }
    }
}
