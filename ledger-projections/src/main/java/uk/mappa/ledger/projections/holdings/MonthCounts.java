package uk.mappa.ledger.projections.holdings;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.mappa.ledger.projections.BeforeCommit;

/**
 * The changes a batch of events makes to monthly share counts, summed per body and month and written in one JDBC
 * batch just before it commits ({@link BeforeCommit}): a batch of a thousand shares in one month is one statement,
 * not a thousand. Months are written in key order, so two transactions adding to the same months lock them in the
 * same order and cannot deadlock. Two transactions that both make a month's first count at once (two segments, each
 * with a first share of a body in a new month) cannot both insert it: the second waits for the first and then fails
 * on the duplicate. Its counts are then written again from a savepoint, when the month is there to add to, rather
 * than failing the batch (which Axon would handle again only after a pause, holding the read model back by seconds).
 */
final class MonthCounts {

    record Month(String bodyId, LocalDate start) {
        static final Comparator<Month> ORDER = Comparator.comparing(Month::bodyId).thenComparing(Month::start);
    }

    private static final String PENDING = MonthCounts.class.getName();
    /** SQLSTATE of a unique constraint violated, in PostgreSQL and H2 alike. */
    private static final String DUPLICATE_KEY = "23505";
    /** A month can be made first by one other transaction at a time per segment; a few tries cover every case. */
    private static final int TRIES = 3;

    private final JdbcTemplate database;
    /** Adds (body, month start, change) to one month. */
    private final String add;

    MonthCounts(JdbcTemplate database, String add) {
        this.database = database;
        this.add = add;
    }

    void add(String bodyId, LocalDate monthStart, int change) {
        BeforeCommit.pending(PENDING, () -> new TreeMap<Month, Integer>(Month.ORDER), this::write)
                .merge(new Month(bodyId, monthStart), change, Integer::sum);
    }

    /** Writes the changes and forgets them, so that each change is written once. */
    private void write(Map<Month, Integer> changes) {
        List<Object[]> rows = changes.entrySet().stream().filter(change -> change.getValue() != 0)
                .map(change -> new Object[] {change.getKey().bodyId(), java.sql.Date.valueOf(change.getKey().start()),
                        change.getValue()})
                .toList();
        changes.clear();
        if (!rows.isEmpty()) {
            database.execute((ConnectionCallback<Void>) connection -> {
                addFromSavepoint(connection, rows);
                return null;
            });
        }
    }

    private void addFromSavepoint(Connection connection, List<Object[]> rows) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            Savepoint before = connection.setSavepoint();
            try (PreparedStatement statement = connection.prepareStatement(add)) {
                for (Object[] row : rows) {
                    for (int column = 0; column < row.length; column++) {
                        statement.setObject(column + 1, row[column]);
                    }
                    statement.addBatch();
                }
                statement.executeBatch();
                connection.releaseSavepoint(before);
                return;
            } catch (SQLException failed) {
                if (attempt == TRIES || !duplicateKey(failed)) {
                    throw failed;
                }
                connection.rollback(before);
            }
        }
    }

    /** Whether the failure, or one it reports as its cause or next exception, is a duplicate key. */
    private static boolean duplicateKey(SQLException failed) {
        for (Throwable cause = failed; cause != null; cause = cause.getCause() != null ? cause.getCause()
                : cause instanceof SQLException sql ? sql.getNextException() : null) {
            if (cause instanceof SQLException sql && DUPLICATE_KEY.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
