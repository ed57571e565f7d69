package uk.mappa.ledger.projections;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rows a batch of events adds to a read model, kept by key until just before the batch commits and then written
 * in JDBC batches ({@link BeforeCommit}), past the persistence session: a row that cannot exist yet (a recorded
 * share's) is neither looked for nor managed row by row. Until then later events of the same batch find and change
 * the rows here (a mutable row is written as it stands at the end), and must look here before they look in the
 * database.
 *
 * @param <K> a row's key
 * @param <V> a row
 */
public final class NewRows<K, V> {

    private final String name;
    private final Function<V, K> keyOf;
    private final Consumer<List<V>> write;

    /**
     * @param name  unique to the read model's table(s), naming the batch's rows
     * @param keyOf a row's key
     * @param write writes the batch's rows (see {@link #insert})
     */
    public NewRows(String name, Function<V, K> keyOf, Consumer<List<V>> write) {
        this.name = NewRows.class.getName() + "." + name;
        this.keyOf = keyOf;
        this.write = write;
    }

    /** Writes rows with one insert statement in a JDBC batch, each row's values in the statement's order. */
    public static <V> Consumer<List<V>> insert(JdbcTemplate database, String insert, Function<V, Object[]> values) {
        return rows -> {
            if (!rows.isEmpty()) {
                database.batchUpdate(insert, rows.stream().map(values).toList());
            }
        };
    }

    public void add(V row) {
        pending().put(keyOf.apply(row), row);
    }

    /** The batch's new row under this key, or null. */
    public V find(K key) {
        return pending().get(key);
    }

    /** The batch's new rows that match. */
    public List<V> matching(Predicate<V> test) {
        return pending().values().stream().filter(test).toList();
    }

    /** Puts the row in place of the batch's new row with its key; false (and nothing changed) when there is none. */
    public boolean replace(V row) {
        return pending().replace(keyOf.apply(row), row) != null;
    }

    private Map<K, V> pending() {
        return BeforeCommit.pending(name, LinkedHashMap::new, rows -> {
            List<V> written = new ArrayList<>(rows.values());
            rows.clear();
            write.accept(written);
        });
    }
}
