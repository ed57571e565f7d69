package uk.mappa.ledger.projections.audit;

import java.time.Instant;
import java.util.List;

/**
 * One line of the audit trail.
 *
 * @param position       the event's global position in the ledger; later events have higher positions
 * @param actor          the user who caused the event
 * @param actorBodyId    the body that user acted for, if any
 * @param bodies         every body the event concerns
 * @param classification the marking's classification of the share concerned (legacy GPMS markings
 *                       are shown with a {@code GPMS_} prefix)
 * @param correlationId  ties together everything one request caused
 */
public record AuditEntryView(long position, String eventType, Instant occurredAt, String actor, String actorBodyId,
                             List<String> bodies, String aggregateId, String category, String classification,
                             String agreementId, String summary, String correlationId) {
}
