package uk.mappa.ledger.projections.audit;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.mappa.ledger.core.LedgerEvent;
import uk.mappa.ledger.core.LedgerMetaData;
import uk.mappa.ledger.core.agreement.AgreementEvent;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.csods.CsodsDisclosureMade;
import uk.mappa.ledger.core.refusal.ShareRequestDeclined;
import uk.mappa.ledger.core.share.Category;
import uk.mappa.ledger.core.share.Marking;
import uk.mappa.ledger.core.share.ShareCorrected;
import uk.mappa.ledger.core.share.ShareEvent;
import uk.mappa.ledger.core.share.ShareRecorded;
import uk.mappa.ledger.core.share.ShareRemarked;
import uk.mappa.ledger.projections.NewRows;

/** The audit trail: one entry for every event in the ledger, in the order the ledger stored them. */
@Component
@ProcessingGroup(AuditTrailProjection.NAME)
class AuditTrailProjection {

    static final String NAME = "audit-trail";

    private final AuditEntryRepository entries;
    private final ShareContextRepository shares;
    /** The batch's new entries and share contexts, written with JDBC before it commits. */
    private final NewRows<String, AuditRows.Row> rows;
    private final NewRows<UUID, ShareContextEntity> newContexts;
    private final JdbcTemplate database;

    AuditTrailProjection(AuditEntryRepository entries, ShareContextRepository shares, DataSource database) {
        this.entries = entries;
        this.shares = shares;
        this.database = new JdbcTemplate(database);
        this.rows = AuditRows.entries(this.database);
        this.newContexts = AuditRows.contexts(this.database);
    }

    @EventHandler
    void on(LedgerEvent event, EventMessage<?> message, TrackingToken token) {
        long position = positionOf(message, token);
        ShareContextEntity context = shareContext(event);
        String category = context != null ? context.category()
                : event instanceof ShareRequestDeclined declined ? declined.category().name()
                : event instanceof CsodsDisclosureMade ? Category.CSODS_DISCLOSURE.name() : null;
        String agreement = context != null ? context.agreementId()
                : event instanceof AgreementEvent agreementEvent ? agreementEvent.agreementId().toString() : null;
        String title = event instanceof ShareRecorded recorded ? recorded.title()
                : event instanceof ShareCorrected corrected ? corrected.title() : null;
        rows.add(new AuditRows.Row(message.getIdentifier(), new AuditEntryView(position,
                event.getClass().getSimpleName(), message.getTimestamp(), metaData(message, LedgerMetaData.USER_ID),
                metaData(message, LedgerMetaData.USER_NAME), metaData(message, LedgerMetaData.BODY_ID),
                event.bodiesInvolved().stream().map(BodyId::value).toList(),
                message instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null, category,
                context != null ? context.classification() : null, agreement, title, false,
                context != null && context.titleRestricted(), event.summary(),
                metaData(message, LedgerMetaData.CORRELATION_ID))));
    }

    /**
     * The event's own position in the event store. A tracking token carries the highest position seen so far: for an
     * event whose transaction committed after a later event's, that is the later event's position, so positions are
     * read from the store, for the whole batch the event came in with one query.
     */
    private long positionOf(EventMessage<?> message, TrackingToken token) {
        long seen = token.position().orElseThrow(
                () -> new IllegalStateException("The audit trail needs events with a global position"));
        if (!(token instanceof GapAwareTrackingToken)) {
            return seen;
        }
        Map<String, Long> stored = CurrentUnitOfWork.isStarted()
                ? CurrentUnitOfWork.get().root().getOrComputeResource(POSITIONS, key -> storedPositions(batchOf(message)))
                : storedPositions(List.of(message));
        return stored.getOrDefault(message.getIdentifier(), seen);
    }

    /** The unit of work's resource holding its batch's stored positions. */
    private static final String POSITIONS = AuditTrailProjection.class.getName() + ".positions";

    /** The events handled in the current unit of work: the processor's batch, or the one event. */
    private static List<? extends Message<?>> batchOf(EventMessage<?> message) {
        UnitOfWork<?> unit = CurrentUnitOfWork.get();
        return unit instanceof BatchingUnitOfWork<?> batch ? batch.getMessages() : List.of(message);
    }

    private Map<String, Long> storedPositions(List<? extends Message<?>> batch) {
        return entries.storedPositions(batch.stream().map(Message::getIdentifier).toList()).stream()
                .collect(Collectors.toMap(AuditEntryRepository.StoredPosition::getEventId,
                        AuditEntryRepository.StoredPosition::getPosition));
    }

    /** Remembers each share's category, marking and agreement, and returns them for events about it. */
    private ShareContextEntity shareContext(LedgerEvent event) {
        if (!(event instanceof ShareEvent shareEvent)) {
            return null;
        }
        UUID id = shareEvent.shareId().value();
        if (event instanceof ShareRecorded recorded) {
            ShareContextEntity context = new ShareContextEntity(id, recorded.category().name(),
                    classificationOf(recorded.markings()), recorded.agreementId().toString(),
                    recorded.markings().restrictsTitle());
            newContexts.add(context);
            return context;
        }
        ShareContextEntity fresh = newContexts.find(id);
        ShareContextEntity context = fresh != null ? fresh : shares.findById(id).orElse(null);
        if (context != null && event instanceof ShareRemarked remarked) {
            Marking marking = new Marking(remarked.marking(), remarked.legacyMarking());
            context.remark(classificationOf(marking), marking.restrictsTitle());
            // The share's entries already stored, and those of this batch, withhold its title from now on.
            entries.markTitles(id.toString(), marking.restrictsTitle());
            rows.matching(row -> id.toString().equals(row.entry.aggregateId()))
                    .forEach(row -> row.titleRestricted = marking.restrictsTitle());
        }
        return context;
    }

    private static String classificationOf(Marking marking) {
        return marking.current() != null ? marking.current().classification().name() : "GPMS_" + marking.legacy().name();
    }

    private static String metaData(EventMessage<?> message, String key) {
        Object value = message.getMetaData().get(key);
        return value == null ? null : value.toString();
    }

    @ResetHandler
    void reset() {
        database.update("delete from audit_entry_body");
        database.update("delete from audit_entry");
        shares.deleteAllInBatch();
    }

    @QueryHandler
    AuditPage handle(FindAuditEntries query) {
        Specification<AuditEntryEntity> matching = AuditSpecifications.matching(query.scope(), query.filter());
        if (query.before() != null) {
            long before = query.before();
            matching = matching.and((entry, criteria, builder) -> builder.lessThan(entry.get("position"), before));
        }
        return AuditPage.of(entries.findBy(matching, found -> found.sortBy(Sort.by(Sort.Direction.DESC, "position"))
                .limit(query.size() + 1).all()).stream().map(AuditEntryEntity::toView).toList(), query.size());
    }
}
