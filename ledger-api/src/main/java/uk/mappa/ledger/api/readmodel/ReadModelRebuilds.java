package uk.mappa.ledger.api.readmodel;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.mappa.ledger.core.rule.RuleViolation;

/**
 * Rebuilds a read model from the whole history without it going dark. The rebuild runs in one database
 * transaction: it empties the read model's tables and feeds its handlers (the same ones the live processor calls)
 * every stored event its processor had processed when the rebuild began, all before committing. Until that commit
 * every reader, on every node, sees the view as it was (the database's own snapshot isolation is the shadow copy);
 * at the commit the rebuilt view replaces it at once, at the very position the processor then carries on from.
 *
 * <p>A processor feeds several read models, and only the one rebuilt is emptied and fed; the processor's positions
 * are left as they are. While the rebuild runs its processor is stopped on every node, so that the rebuilding node
 * holds all of its segments: the node records the rebuild in read_model_rebuild ({@link RebuildRows}) and renews the
 * row while it works, and every node, each second, stops the processors such a row names and starts them again once
 * it is gone, has failed, or has lapsed (its node stopped). Meanwhile the read models that processor feeds keep
 * answering with what they had, and events stored during the rebuild reach all of them, the rebuilt one included,
 * once the processor runs again. Every node reports the rebuild, and why one failed, from that table. Writes are
 * flushed to the database in batches of {@value #BATCH} events and the session cleared, so the heap stays flat
 * however long the history is.
 */
@Component
public class ReadModelRebuilds {

    static final int BATCH = 1_000;
    /** How long a rebuild waits for the other nodes to stop the processor and let its segments go. */
    static final Duration SEGMENTS_WAIT = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(ReadModelRebuilds.class);

    private final EventStorageEngine events;
    private final TokenStore tokens;
    private final TransactionTemplate transaction;
    private final ReadModels models;
    private final RebuildRows rows;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "read-model-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    /** The read models this node is to rebuild or is rebuilding. */
    private final Set<String> local = ConcurrentHashMap.newKeySet();
    /** The processors this node stopped for a rebuild (its own or another node's), to start again after it. */
    private final Set<String> stoppedHere = new HashSet<>();

    @PersistenceContext
    private EntityManager session;

    private final JdbcTemplate database;

    ReadModelRebuilds(EventStorageEngine events, TokenStore tokens, PlatformTransactionManager transactions,
                      JdbcTemplate database, ReadModels models, Clock clock) {
        this.events = events;
        this.tokens = tokens;
        this.transaction = new TransactionTemplate(transactions);
        this.database = database;
        this.models = models;
        this.clock = clock;
        this.rows = new RebuildRows(database, UUID.randomUUID().toString());
    }

    /**
     * Starts rebuilding the read model in the background (rebuilds on a node run one after another); a rebuild of it
     * already under way, on this node or another, is left to finish.
     */
    public void start(ReadModels.ReadModel model) {
        if (!model.handlers().supportsReset()) {
            throw RuleViolation.unprocessable("replay-not-supported",
                    "Projection " + model.name() + " cannot be replayed.");
        }
        if (!rows.begin(model.name(), model.processor().getName(), clock.instant())) {
            return;
        }
        local.add(model.name());
        worker.execute(() -> {
            try {
                rebuild(model);
                rows.finished(model.name());
            } catch (RuntimeException failed) {
                LOG.error("Rebuilding {} failed; the view it had is kept", model.name(), failed);
                rows.failed(model.name(), "The rebuild failed and the view it had is kept: "
                        + rootCause(failed).getMessage());
            } finally {
                local.remove(model.name());
                follow();
            }
        });
    }

    /**
     * A read model's rebuild as every node sees it.
     *
     * @param underWay queued or running on some node that is still renewing it
     * @param failure  why the last rebuild failed, if it did (the view it had is kept)
     */
    public record State(boolean underWay, String failure) {
    }

    /** Every read model with a rebuild under way or failed, on any node. */
    public Map<String, State> states() {
        return rows.states(clock.instant());
    }

    /**
     * Each second: keeps this node's rebuilds live, and stops or starts again the processors of this node as the
     * rebuilds on every node require.
     */
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

    private void rebuild(ReadModels.ReadModel model) {
        String name = model.processor().getName();
        follow();
        awaitSegments(name);
        transaction.executeWithoutResult(status -> {
            int[] ids = tokens.fetchSegments(name);
            Segment[] segments = Segment.computeSegments(ids);
            ProjectionPositions.Progress[] reached = new ProjectionPositions.Progress[segments.length];
            for (int i = 0; i < segments.length; i++) {
                reached[i] = ProjectionPositions.progress(claim(name, segments[i].getSegmentId()));
            }
            long upTo = java.util.Arrays.stream(reached).mapToLong(ProjectionPositions.Progress::index).max()
                    .orElse(-1);
            model.handlers().performReset();
            long fed = 0;
            long highest = -1;
            List<TrackedEventMessage<?>> batch = new ArrayList<>(BATCH);
            try (Stream<? extends TrackedEventMessage<?>> stream = events.readEvents(null, false)) {
                Iterator<? extends TrackedEventMessage<?>> stored = stream.iterator();
                while (stored.hasNext()) {
                    TrackedEventMessage<?> event = stored.next();
                    long index = event.trackingToken().position().orElse(-1);
                    if (index <= highest) {
                        // It filled a gap while this read was under way: it committed after the processor
                        // stopped, so the processor has not processed it and will once it restarts.
                        continue;
                    }
                    highest = index;
                    if (index > upTo) {
                        break;
                    }
                    if (processed(model.handlers(), event, index, segments, reached)) {
                        batch.add(event);
                        if (batch.size() == BATCH) {
                            fed += feed(model.handlers(), batch);
                        }
                    }
                }
            }
            fed += feed(model.handlers(), batch);
            for (Segment segment : segments) {
                tokens.releaseClaim(name, segment.getSegmentId());
            }
            LOG.info("Rebuilt {} from {} events, up to position {}", model.name(), fed, upTo);
        });
        refreshStatistics(model.name());
    }

    /**
     * Waits until this node can claim every segment of the processor: the other nodes stop it within a second or two
     * of seeing the rebuild's row, and let its segments go.
     */
    private void awaitSegments(String name) {
        Instant deadline = clock.instant().plus(SEGMENTS_WAIT);
        while (true) {
            try {
                transaction.executeWithoutResult(status -> {
                    int[] ids = tokens.fetchSegments(name);
                    for (int id : ids) {
                        tokens.fetchToken(name, id);
                    }
                    for (int id : ids) {
                        tokens.releaseClaim(name, id);
                    }
                });
                return;
            } catch (UnableToClaimTokenException held) {
                if (clock.instant().isAfter(deadline)) {
                    throw new IllegalStateException("Another node is still processing " + name + " after "
                            + SEGMENTS_WAIT.toSeconds() + " s", held);
                }
                try {
                    Thread.sleep(250);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while waiting for the segments of " + name, interrupted);
                }
            }
        }
    }

    /**
     * Every row of the rebuilt tables was replaced at once: the planner's statistics are refreshed (PostgreSQL and H2
     * alike), so the first reads of the new view use its indexes rather than plans made for the tables as they were.
     * The rebuild has committed by then; should this fail, the view is rebuilt all the same and autovacuum refreshes
     * the statistics later, so it is logged, not reported as a failed rebuild.
     */
    private void refreshStatistics(String model) {
        try {
            database.execute("analyze");
        } catch (RuntimeException failed) {
            LOG.warn("Rebuilt {}, but could not refresh the planner's statistics", model, failed);
        }
    }

    /**
     * Whether the processor had processed the event for this read model: the segment the event belongs to had
     * reached its position, and not passed over it as empty (an event that commits late, still to come).
     */
    private static boolean processed(EventHandlerInvoker handlers, TrackedEventMessage<?> event, long index,
                                     Segment[] segments, ProjectionPositions.Progress[] reached) {
        for (int i = 0; i < segments.length; i++) {
            if (handlers.canHandle(event, segments[i])) {
                return index <= reached[i].index() && !reached[i].gaps().contains(index);
            }
        }
        return false;
    }

    private TrackingToken claim(String name, int segment) {
        try {
            return tokens.fetchToken(name, segment);
        } catch (UnableToClaimTokenException held) {
            throw new IllegalStateException("Another node took a segment of " + name + " as the rebuild began", held);
        }
    }

    /** Feeds a batch of events to the handlers in one unit of work, as the processor would, and writes them out. */
    private int feed(EventHandlerInvoker handlers, List<TrackedEventMessage<?>> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        new BatchingUnitOfWork<>(batch).execute(() -> {
            TrackedEventMessage<?> event = (TrackedEventMessage<?>) CurrentUnitOfWork.get().getMessage();
            try {
                handlers.handle(event, Segment.ROOT_SEGMENT);
            } catch (Exception failed) {
                throw new IllegalStateException("Event " + event.getIdentifier() + " could not be applied", failed);
            }
        });
        int fed = batch.size();
        batch.clear();
        session.flush();
        session.clear();
        return fed;
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
        try {
            rows.abandon();
        } catch (RuntimeException unreachable) {
            LOG.warn("Could not withdraw this node's rebuilds; the other nodes go on once they lapse", unreachable);
        }
    }
}
