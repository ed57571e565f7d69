package uk.mappa.ledger.projections.audit;

import java.util.List;

/** One page of the audit trail, newest first. */
public record AuditPage(List<AuditEntryView> entries, int page, int size, long totalEntries, int totalPages) {
}
