package uk.mappa.ledger.projections.holdings;

import java.sql.Connection;
import java.sql.Savepoint;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.mappa.ledger.projections.BeforeCommit;

/**
 * The changes a batch of events makes to monthly share counts, summed per body, month and slot and written in one JDBC
 * batch just before it commits ({@link BeforeCommit}): a batch of a thousand shares in one month is one statement,
 * not a thousand. Months are written in key order, so two transactions adding to the same months lock them in the
 * same order and cannot deadlock. A month is counted in {@value #SLOTS} slots, a share in the slot of its aggregate
 * id's hash: the read models' processor gives a segment the events whose aggregate id's hash, masked, is the
 * segment's number, so with up to {@value #SLOTS} segments two segments never add to the same row and never wait for
 * each other's commit (with one row a month, a batch waited 7 ms on average for the other segment's while catching
 * up). Two transactions that both make a slot's first count at once (more segments than slots, or a node taking over
 * a segment whose batch is still committing) cannot both insert it: the second waits for the first and then fails on
 * the duplicate. Its counts are then written again from a savepoint, when the row is there to add to, rather than
 * failing the batch (which Axon would handle again only after a pause, holding the read model back by seconds).
 */
final class MonthCounts {

    record Month(String bodyId, LocalDate start, int slot) {
        static final Comparator<Month> ORDER = Comparator.comparing(Month::bodyId).thenComparing(Month::start)
                .thenComparingInt(Month::slot);
    }

    /** A month's count is kept in this many rows. */
    static final int SLOTS = 16;

    private static final String PENDING = MonthCounts.class.getName();
    /** A slot can be made first by one other transaction at a time; a few tries cover every case. */
    private static final int TRIES = 3;

    private final JdbcTemplate database;
    /** Adds (body, month start, slot, change) to one slot of a month. */
    private final String add;

    MonthCounts(JdbcTemplate database, String add) {
        this.database = database;
        this.add = add;
    }

    /** The slot of a share's counts: its aggregate id's hash, as the processor's segments divide events. */
    static int slotOf(String aggregateId) {
        return aggregateId.hashCode() & (SLOTS - 1);
    }

    void add(int slot, String bodyId, LocalDate monthStart, int change) {
        BeforeCommit.pending(PENDING, () -> new TreeMap<Month, Integer>(Month.ORDER), this::write)
                .merge(new Month(bodyId, monthStart, slot), change, Integer::sum);
    }

    /** Writes the changes and forgets them, so that each change is written once. */
    private void write(Map<Month, Integer> changes) {
        List<Object[]> rows = changes.entrySet().stream().filter(change -> change.getValue() != 0)
                .map(change -> new Object[] {change.getKey().bodyId(), java.sql.Date.valueOf(change.getKey().start()),
                        change.getKey().slot(), change.getValue()})
                .toList();
        changes.clear();
        if (!rows.isEmpty()) {
            addFromSavepoint(rows);
        }
    }

    private void addFromSavepoint(List<Object[]> rows) {
        for (int attempt = 1; ; attempt++) {
            Savepoint before = database.execute((ConnectionCallback<Savepoint>) Connection::setSavepoint);
            try {
                database.batchUpdate(add, rows);
                database.execute((Connection connection) -> {
                    connection.releaseSavepoint(before);
                    return null;
                });
                return;
            } catch (DuplicateKeyException made) {
                if (attempt == TRIES) {
                    throw made;
                }
                database.execute((Connection connection) -> {
                    connection.rollback(before);
                    return null;
                });
            }
        }
    }
}
