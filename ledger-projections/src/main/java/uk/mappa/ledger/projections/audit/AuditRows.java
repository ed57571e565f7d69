package uk.mappa.ledger.projections.audit;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.mappa.ledger.projections.BeforeCommit;

/**
 * The audit entries a batch of events adds, written in two JDBC batches (the entries, then the bodies each involves)
 * just before the batch commits ({@link BeforeCommit}), past the persistence session: an entry is never read or
 * changed by the batch that adds it, except for a re-marking, which reaches the batch's entries of the share here.
 */
final class AuditRows {

    static final String ENTRY = "insert into audit_entry (global_position, event_id, event_type, occurred_at,"
            + " actor_user, actor_name, actor_body_id, bodies, aggregate_id, category, classification, agreement_id,"
            + " title, title_restricted, summary, correlation_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String BODY = "insert into audit_entry_body (global_position, position, body_id) values (?, ?, ?)";
    private static final String PENDING = AuditRows.class.getName();

    /** An entry still to be written; a re-marking later in the batch may change whether its title is restricted. */
    private static final class Row {
        final String eventId;
        final AuditEntryView entry;
        boolean titleRestricted;

        Row(String eventId, AuditEntryView entry) {
            this.eventId = eventId;
            this.entry = entry;
            this.titleRestricted = entry.restrictedMarking();
        }
    }

    private final JdbcTemplate database;

    AuditRows(JdbcTemplate database) {
        this.database = database;
    }

    void add(String eventId, AuditEntryView entry) {
        pending().add(new Row(eventId, entry));
    }

    /** The batch's own entries of the share, not yet written, take the share's new marking's effect on titles. */
    void markTitles(String shareId, boolean restricted) {
        pending().stream().filter(row -> shareId.equals(row.entry.aggregateId()))
                .forEach(row -> row.titleRestricted = restricted);
    }

    private List<Row> pending() {
        return BeforeCommit.pending(PENDING, ArrayList::new, this::write);
    }

    private void write(List<Row> rows) {
        List<Object[]> entries = new ArrayList<>(rows.size());
        List<Object[]> bodies = new ArrayList<>();
        for (Row row : rows) {
            AuditEntryView entry = row.entry;
            entries.add(new Object[] {entry.position(), row.eventId, entry.eventType(),
                    entry.occurredAt().atOffset(ZoneOffset.UTC), entry.actor(), entry.actorName(), entry.actorBodyId(),
                    String.join(" ", entry.bodies()), entry.aggregateId(), entry.category(), entry.classification(),
                    entry.agreementId(), entry.title(), row.titleRestricted, entry.summary(), entry.correlationId()});
            for (int i = 0; i < entry.bodies().size(); i++) {
                bodies.add(new Object[] {entry.position(), i, entry.bodies().get(i)});
            }
        }
        rows.clear();
        if (!entries.isEmpty()) {
            database.batchUpdate(ENTRY, entries);
        }
        if (!bodies.isEmpty()) {
            database.batchUpdate(BODY, bodies);
        }
    }
}
