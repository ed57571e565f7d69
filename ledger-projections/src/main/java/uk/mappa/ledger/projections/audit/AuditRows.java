package uk.mappa.ledger.projections.audit;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.mappa.ledger.projections.NewRows;

/**
 * The audit trail's new rows in a batch of events ({@link NewRows}): its entries (written in two JDBC batches, the
 * entries and then the bodies each involves) and the context of each share it records.
 */
final class AuditRows {

    static final String ENTRY = "insert into audit_entry (global_position, event_id, event_type, occurred_at,"
            + " actor_user, actor_name, actor_body_id, bodies, aggregate_id, category, classification, agreement_id,"
            + " title, title_restricted, summary, correlation_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String BODY = "insert into audit_entry_body (global_position, position, body_id) values (?, ?, ?)";
    static final String CONTEXT = "insert into audit_share_context (share_id, category, classification, agreement_id,"
            + " title_restricted) values (?, ?, ?, ?, ?)";

    /** An entry still to be written; a re-marking later in the batch may change whether its title is restricted. */
    static final class Row {
        final String eventId;
        final AuditEntryView entry;
        boolean titleRestricted;

        Row(String eventId, AuditEntryView entry) {
            this.eventId = eventId;
            this.entry = entry;
            this.titleRestricted = entry.restrictedMarking();
        }
    }

    private AuditRows() {
    }

    static NewRows<String, Row> entries(JdbcTemplate database) {
        return new NewRows<>("audit_entry", row -> row.eventId, rows -> {
            List<Object[]> entries = new ArrayList<>(rows.size());
            List<Object[]> bodies = new ArrayList<>();
            for (Row row : rows) {
                AuditEntryView entry = row.entry;
                entries.add(new Object[] {entry.position(), row.eventId, entry.eventType(),
                        entry.occurredAt().atOffset(ZoneOffset.UTC), entry.actor(), entry.actorName(),
                        entry.actorBodyId(), String.join(" ", entry.bodies()), entry.aggregateId(), entry.category(),
                        entry.classification(), entry.agreementId(), entry.title(), row.titleRestricted,
                        entry.summary(), entry.correlationId()});
                for (int i = 0; i < entry.bodies().size(); i++) {
                    bodies.add(new Object[] {entry.position(), i, entry.bodies().get(i)});
                }
            }
            if (!entries.isEmpty()) {
                database.batchUpdate(ENTRY, entries);
            }
            if (!bodies.isEmpty()) {
                database.batchUpdate(BODY, bodies);
            }
        });
    }

    static NewRows<UUID, ShareContextEntity> contexts(JdbcTemplate database) {
        return new NewRows<>("audit_share_context", ShareContextEntity::shareId, NewRows.insert(database, CONTEXT,
                context -> new Object[] {context.shareId(), context.category(), context.classification(),
                        context.agreementId(), context.titleRestricted()}));
    }
}
