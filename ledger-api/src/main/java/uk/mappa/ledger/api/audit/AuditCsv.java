package uk.mappa.ledger.api.audit;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.mappa.ledger.projections.audit.AuditEntryView;

/** Audit entries as RFC 4180 CSV lines. */
final class AuditCsv {

    static final String HEADER = "position,occurred_at,event_type,actor,actor_name,actor_body_id,bodies,aggregate_id,"
            + "category,classification,agreement_id,correlation_id,title,title_withheld,summary\r\n";

    private AuditCsv() {
    }

    static String row(AuditEntryView entry) {
        return Stream.of(String.valueOf(entry.position()), String.valueOf(entry.occurredAt()), entry.eventType(),
                        entry.actor(), entry.actorName(), entry.actorBodyId(), String.join(" ", entry.bodies()),
                        entry.aggregateId(), entry.category(), entry.classification(), entry.agreementId(),
                        entry.correlationId(), entry.title(), String.valueOf(entry.titleWithheld()), entry.summary())
                .map(AuditCsv::field)
                .collect(Collectors.joining(",", "", "\r\n"));
    }

    /**
     * Quotes a field when it needs it. A field that a spreadsheet would run as a formula is prefixed with
     * an apostrophe, since audit exports are opened in spreadsheets and summaries contain user text.
     */
    static String field(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
