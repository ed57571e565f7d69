package uk.mappa.ledger.projections.audit;

import java.time.Instant;
import uk.mappa.ledger.core.agreement.AgreementId;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.share.Category;

/**
 * Optional narrowing of the audit trail; a {@code null} field does not narrow.
 *
 * @param classification e.g. {@code OFFICIAL}, {@code SECRET}, or {@code GPMS_RESTRICTED}
 * @param actor          the username of who caused the events
 * @param from           inclusive
 * @param to             exclusive
 * @param eventType      the kind of event, e.g. {@code OnwardDisclosureRefused}
 */
public record AuditFilter(BodyId body, Category category, String classification, AgreementId agreement, String actor,
                          Instant from, Instant to, String eventType) {

    public AuditFilter(BodyId body, Category category, String classification, AgreementId agreement, String actor,
                       Instant from, Instant to) {
        this(body, category, classification, agreement, actor, from, to, null);
    }

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null, null, null);
    }
}
