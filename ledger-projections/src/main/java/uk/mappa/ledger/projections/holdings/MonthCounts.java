package uk.mappa.ledger.projections.holdings;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The changes a transaction makes to monthly share counts, summed per body and month and written in one JDBC batch
 * just before the transaction commits: a batch of a thousand shares in one month is one statement, not a thousand.
 * Months are written in key order, so two transactions adding to the same months lock them in the same order and
 * cannot deadlock. Changes outside a transaction are refused: a count must commit with the events it counts.
 */
final class MonthCounts {

    record Month(String bodyId, LocalDate start) {
        static final Comparator<Month> ORDER = Comparator.comparing(Month::bodyId).thenComparing(Month::start);
    }

    private final JdbcTemplate database;
    /** Adds (body, month start, change) to one month. */
    private final String add;

    MonthCounts(JdbcTemplate database, String add) {
        this.database = database;
        this.add = add;
    }

    void add(String bodyId, LocalDate monthStart, int change) {
        pending().merge(new Month(bodyId, monthStart), change, Integer::sum);
    }

    /** This transaction's changes, made (and written before it commits) on the first change. */
    private Map<Month, Integer> pending() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("monthly counts change only inside a transaction");
        }
        @SuppressWarnings("unchecked")
        Map<Month, Integer> changes = (Map<Month, Integer>) TransactionSynchronizationManager.getResource(this);
        if (changes == null) {
            Map<Month, Integer> created = new TreeMap<>(Month.ORDER);
            TransactionSynchronizationManager.bindResource(this, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    write(created);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(MonthCounts.this);
                }
            });
            changes = created;
        }
        return changes;
    }

    /** Writes the changes and forgets them, so that a transaction writes each change once. */
    private void write(Map<Month, Integer> changes) {
        List<Object[]> rows = changes.entrySet().stream().filter(change -> change.getValue() != 0)
                .map(change -> new Object[] {change.getKey().bodyId(), java.sql.Date.valueOf(change.getKey().start()),
                        change.getValue()})
                .toList();
        changes.clear();
        if (!rows.isEmpty()) {
            database.batchUpdate(add, rows);
        }
    }
}
