package uk.mappa.ledger.projections.audit;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import uk.mappa.ledger.core.LedgerEvent;
import uk.mappa.ledger.core.LedgerMetaData;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.share.ShareRecorded;

/** The audit trail: one entry for every event in the ledger, in the order the ledger stored them. */
@Component
@ProcessingGroup(AuditTrailProjection.NAME)
class AuditTrailProjection {

    static final String NAME = "audit-trail";

    private final AuditEntryRepository entries;

    AuditTrailProjection(AuditEntryRepository entries) {
        this.entries = entries;
    }

    @EventHandler
    void on(LedgerEvent event, EventMessage<?> message, TrackingToken token) {
        long position = token.position().orElseThrow(
                () -> new IllegalStateException("The audit trail needs events with a global position"));
        entries.save(new AuditEntryEntity(message.getIdentifier(), entry(position, event, message)));
    }

    static AuditEntryView entry(long position, LedgerEvent event, EventMessage<?> message) {
        String aggregateId = message instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null;
        String category = event instanceof ShareRecorded recorded ? recorded.category().name() : null;
        return new AuditEntryView(position, event.getClass().getSimpleName(), message.getTimestamp(),
                metaData(message, LedgerMetaData.USER_ID), metaData(message, LedgerMetaData.BODY_ID),
                event.bodiesInvolved().stream().map(BodyId::value).toList(), aggregateId, category, event.summary(),
                metaData(message, LedgerMetaData.CORRELATION_ID));
    }

    private static String metaData(EventMessage<?> message, String key) {
        Object value = message.getMetaData().get(key);
        return value == null ? null : value.toString();
    }

    @ResetHandler
    void reset() {
        entries.deleteAll();
    }

    @QueryHandler
    AuditPage handle(FindAuditEntries query) {
        Page<AuditEntryEntity> page = entries.findAll(AuditSpecifications.matching(query.scope(), query.filter()),
                PageRequest.of(query.page(), query.size(), Sort.by(Sort.Direction.DESC, "position")));
        return new AuditPage(page.map(AuditEntryEntity::toView).getContent(), query.page(), query.size(),
                page.getTotalElements(), page.getTotalPages());
    }
}
