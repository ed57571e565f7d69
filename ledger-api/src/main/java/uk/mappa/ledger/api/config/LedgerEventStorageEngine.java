package uk.mappa.ledger.api.config;

import jakarta.persistence.PersistenceUnitUtil;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.serialization.Serializer;
import uk.mappa.ledger.api.web.AppendedPositions;

/**
 * Axon's JPA event store, with two changes. It notes the position of every event a request appends
 * ({@link AppendedPositions}), which is its {@code Ledger-Position}: without it each write asked the store for its
 * newest position once it had committed (a {@code max(global_index)} query per write: 307 ms of the database's 3.7 s
 * of statements in 20 s of the benchmark's load). And it reads the events at a token's gaps with a query of their
 * own. A gap is a position the store had not yet seen committed when later ones were (transactions commit out of
 * order), which Axon reads again until it turns up or times out. Axon asks for both in one query ({@code globalIndex >
 * :token OR globalIndex IN :gaps}, ordered, first batch), which PostgreSQL plans, whenever its estimates favour it (a
 * generic plan did), as a walk of the primary key from the first event ever stored, filtering every row: 100 ms at
 * 117,000 events, 381 ms at 306,581 with a generic plan, growing with the store. Under eight clients recording shares
 * most reads have a gap: 599 such reads took 10.3 s of the database's time in 20 s of the benchmark's load. Here the
 * gaps are read by key and the events after the token by a range of it, each an index lookup whatever the size of the
 * store; together they are what Axon's one query returns (every gap lies below the token, so the gaps found come
 * first).
 */
final class LedgerEventStorageEngine extends JpaEventStorageEngine {

    private static final String FIELDS = "SELECT e.globalIndex, e.type, e.aggregateIdentifier, e.sequenceNumber,"
            + " e.eventIdentifier, e.timeStamp, e.payloadType, e.payloadRevision, e.payload, e.metaData FROM ";

    private final AppendedPositions appendedPositions;
    /** The entities of the events being appended on this thread, whose positions are known once they are persisted. */
    private final ThreadLocal<List<Object>> appending = new ThreadLocal<>();

    LedgerEventStorageEngine(JpaEventStorageEngine.Builder builder, AppendedPositions appendedPositions) {
        super(builder);
        this.appendedPositions = appendedPositions;
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        List<Object> entities = new ArrayList<>(events.size());
        appending.set(entities);
        try {
            super.appendEvents(events, serializer);
        } finally {
            appending.remove();
        }
        // Persisting an entry inserted it, and the insert returned its position (the column takes it from a sequence).
        PersistenceUnitUtil ids = entityManager().getEntityManagerFactory().getPersistenceUnitUtil();
        for (Object entity : entities) {
            if (ids.getIdentifier(entity) instanceof Long position) {
                appendedPositions.appended(position);
            }
        }
    }

    @Override
    protected Object createEventEntity(EventMessage<?> eventMessage, Serializer serializer) {
        Object entity = super.createEventEntity(eventMessage, serializer);
        List<Object> entities = appending.get();
        if (entities != null) {
            entities.add(entity);
        }
        return entity;
    }

    @Override
    protected List<Object[]> fetchEvents(GapAwareTrackingToken token) {
        if (token == null || token.getGaps().isEmpty()) {
            return super.fetchEvents(token);
        }
        List<Object[]> events = new ArrayList<>(entityManager().createQuery(FIELDS + domainEventEntryEntityName()
                        + " e WHERE e.globalIndex IN :gaps ORDER BY e.globalIndex ASC", Object[].class)
                .setParameter("gaps", token.getGaps())
                .setMaxResults(batchSize())
                .getResultList());
        if (events.size() < batchSize()) {
            events.addAll(entityManager().createQuery(FIELDS + domainEventEntryEntityName()
                            + " e WHERE e.globalIndex > :token ORDER BY e.globalIndex ASC", Object[].class)
                    .setParameter("token", token.getIndex())
                    .setMaxResults(batchSize() - events.size())
                    .getResultList());
        }
        return events;
    }
}
