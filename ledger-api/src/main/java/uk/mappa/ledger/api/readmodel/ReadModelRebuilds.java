package uk.mappa.ledger.api.readmodel;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.mappa.ledger.core.rule.RuleViolation;

/**
 * Rebuilds a read model from the whole history without it going dark. The rebuild runs in one database
 * transaction: it empties the read model's tables, feeds every stored event to the projection's handlers (the
 * same ones the live processor calls), and moves the processor's position to the last event it fed, all before
 * committing. Until that commit every reader, on every node, sees the view as it was (the database's own
 * snapshot isolation is the shadow copy); at the commit the rebuilt view and its position replace it at once.
 *
 * <p>While it runs, the projection's processor is stopped on this node and its position rows are held, so no
 * other node writes the view either. Events stored meanwhile are fed too: the rebuild reads on until a pass finds
 * nothing new, and anything later is the restarted processor's. Writes are flushed to the database in batches of
 * {@value #FLUSH_EVERY} events and the session cleared, so the heap stays flat however long the history is.
 */
@Component
public class ReadModelRebuilds {

    static final int FLUSH_EVERY = 1_000;
    private static final Logger LOG = LoggerFactory.getLogger(ReadModelRebuilds.class);

    private final EventStorageEngine events;
    private final TokenStore tokens;
    private final TransactionTemplate transaction;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "read-model-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Boolean> running = new ConcurrentHashMap<>();
    private final Map<String, String> failures = new ConcurrentHashMap<>();

    @PersistenceContext
    private EntityManager session;

    ReadModelRebuilds(EventStorageEngine events, TokenStore tokens, PlatformTransactionManager transactions) {
        this.events = events;
        this.tokens = tokens;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Starts rebuilding the processor's read models in the background (rebuilds run one after another); a
     * rebuild already under way for it is left to finish.
     */
    public void start(StreamingEventProcessor processor) {
        if (!(processor instanceof AbstractEventProcessor handlers) || !processor.supportsReset()) {
            throw RuleViolation.unprocessable("replay-not-supported",
                    "Projection " + processor.getName() + " cannot be replayed.");
        }
        if (running.putIfAbsent(processor.getName(), true) != null) {
            return;
        }
        failures.remove(processor.getName());
        worker.execute(() -> {
            try {
                rebuild(processor, handlers.eventHandlerInvoker());
            } catch (RuntimeException failed) {
                LOG.error("Rebuilding {} failed; the view it had is kept", processor.getName(), failed);
                failures.put(processor.getName(), "The rebuild failed and the view it had is kept: "
                        + rootCause(failed).getMessage());
            } finally {
                running.remove(processor.getName());
            }
        });
    }

    /** Whether a rebuild of the processor's read models is under way on this node. */
    public boolean rebuilding(String processor) {
        return running.containsKey(processor);
    }

    /** Why the last rebuild of the processor's read models on this node failed, if it did. */
    public Optional<String> failure(String processor) {
        return Optional.ofNullable(failures.get(processor));
    }

    private void rebuild(StreamingEventProcessor processor, EventHandlerInvoker handlers) {
        String name = processor.getName();
        processor.shutDown();
        try {
            transaction.executeWithoutResult(status -> {
                int[] segments = tokens.fetchSegments(name);
                for (int segment : segments) {
                    claim(name, segment);
                }
                handlers.performReset();
                long fed = 0;
                TrackingToken position = null;
                boolean more = true;
                while (more) {
                    more = false;
                    try (Stream<? extends TrackedEventMessage<?>> stream = events.readEvents(position, false)) {
                        Iterator<? extends TrackedEventMessage<?>> stored = stream.iterator();
                        while (stored.hasNext()) {
                            TrackedEventMessage<?> event = stored.next();
                            feed(handlers, event);
                            position = event.trackingToken();
                            more = true;
                            if (++fed % FLUSH_EVERY == 0) {
                                session.flush();
                                session.clear();
                            }
                        }
                    }
                }
                session.flush();
                for (int segment : segments) {
                    tokens.storeToken(position, name, segment);
                    tokens.releaseClaim(name, segment);
                }
                LOG.info("Rebuilt {} from {} events", name, fed);
            });
        } finally {
            processor.start();
        }
    }

    private void claim(String name, int segment) {
        try {
            tokens.fetchToken(name, segment);
        } catch (UnableToClaimTokenException held) {
            throw new IllegalStateException("Another node is processing " + name + "; stop it there to rebuild",
                    held);
        }
    }

    private static void feed(EventHandlerInvoker handlers, TrackedEventMessage<?> event) {
        if (!handlers.canHandle(event, Segment.ROOT_SEGMENT)) {
            return;
        }
        DefaultUnitOfWork.startAndGet(event).execute(() -> {
            try {
                handlers.handle(event, Segment.ROOT_SEGMENT);
            } catch (Exception failed) {
                throw new IllegalStateException("Event " + event.getIdentifier() + " could not be applied", failed);
            }
        });
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
