package uk.mappa.ledger.api.readmodel;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
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
 * holds all of its segments ({@link RebuildsAcrossNodes}). Meanwhile the read models that processor feeds keep
 * answering with what they had, and events stored during the rebuild reach all of them, the rebuilt one included,
 * once the processor runs again. Every node reports the rebuild, and why one failed (read_model_rebuild). Writes are
 * flushed to the database in batches of {@value #BATCH} events and the session cleared, so the heap stays flat
 * however long the history is.
 */
@Component
public class ReadModelRebuilds {

    static final int BATCH = 1_000;
    private static final Logger LOG = LoggerFactory.getLogger(ReadModelRebuilds.class);

    private final EventStorageEngine events;
    private final TokenStore tokens;
    private final TransactionTemplate transaction;
    private final RebuildsAcrossNodes nodes;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "read-model-rebuild");
        thread.setDaemon(true);
        return thread;
    });

    @PersistenceContext
    private EntityManager session;

    private final JdbcTemplate database;

    ReadModelRebuilds(EventStorageEngine events, TokenStore tokens, PlatformTransactionManager transactions,
                      JdbcTemplate database, RebuildsAcrossNodes nodes) {
        this.events = events;
        this.tokens = tokens;
        this.transaction = new TransactionTemplate(transactions);
        this.database = database;
        this.nodes = nodes;
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
        if (!nodes.begin(model)) {
            return;
        }
        worker.execute(() -> {
            String failure = null;
            try {
                rebuild(model);
            } catch (RuntimeException failed) {
                LOG.error("Rebuilding {} failed; the view it had is kept", model.name(), failed);
                failure = "The rebuild failed and the view it had is kept: " + rootCause(failed).getMessage();
            } finally {
                nodes.ended(model.name(), failure);
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
        return nodes.states();
    }

    private void rebuild(ReadModels.ReadModel model) {
        String name = model.processor().getName();
        nodes.takeOver(name);
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
    }
}
