package uk.mappa.ledger.projections.audit;

import java.time.Instant;
import java.util.List;

/**
 * One line of the audit trail.
 *
 * @param position          the event's global position in the ledger; later events have higher positions
 * @param actor             the stable identifier of the user who caused the event
 * @param actorName         how that user was named when they acted (display only)
 * @param actorBodyId       the body that user acted for, if any
 * @param bodies            every body the event concerns
 * @param classification    the marking's classification of the share concerned when the event happened
 *                          (legacy GPMS markings are shown with a {@code GPMS_} prefix)
 * @param title             the share's title as this event set it (recording or correcting it), unless withheld
 * @param titleWithheld     the share's current marking keeps its title from this reader
 * @param restrictedMarking the share's current marking is SECRET or above (or its GPMS equivalent)
 * @param summary           one line a person reads; never a title, which can be re-marked after the event
 * @param correlationId     ties together everything one request caused
 */
public record AuditEntryView(long position, String eventType, Instant occurredAt, String actor, String actorName,
                             String actorBodyId, List<String> bodies, String aggregateId, String category,
                             String classification, String agreementId, String title, boolean titleWithheld,
                             boolean restrictedMarking, String summary, String correlationId) {

    /** The same entry without its title, for a reader who may see the share only as metadata. */
    public AuditEntryView withTitleWithheld() {
        return title == null ? this : new AuditEntryView(position, eventType, occurredAt, actor, actorName,
                actorBodyId, bodies, aggregateId, category, classification, agreementId, null, true,
                restrictedMarking, summary, correlationId);
    }
}
