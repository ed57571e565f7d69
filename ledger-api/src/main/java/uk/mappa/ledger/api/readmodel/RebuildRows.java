package uk.mappa.ledger.api.readmodel;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rebuilds under way or failed, on any node (table read_model_rebuild, one row a read model). Each statement
 * commits on its own: the rebuild's own long transaction must not hide its row from the other nodes.
 */
final class RebuildRows {

    /** A row not renewed for this long belongs to a node that stopped: it holds nobody back. */
    static final Duration LAPSED = Duration.ofSeconds(30);

    private final JdbcTemplate database;
    private final String node;

    RebuildRows(JdbcTemplate database, String node) {
        this.database = database;
        this.node = node;
    }

    /**
     * Records that this node is to rebuild the read model; false when a rebuild of it is already under way on some
     * node. A failed or lapsed row is replaced.
     */
    boolean begin(String model, String processor, Instant now) {
        database.update("delete from read_model_rebuild where read_model = ? and (failure is not null or renewed_at < ?)",
                model, lapsedBefore(now));
        try {
            database.update("insert into read_model_rebuild (read_model, processor_name, node_id, renewed_at)"
                    + " values (?, ?, ?, ?)", model, processor, node, Timestamp.from(now));
            return true;
        } catch (DuplicateKeyException underWay) {
            return false;
        }
    }

    /** Keeps this node's rebuilds live while they are queued or running. */
    void renew(Instant now) {
        database.update("update read_model_rebuild set renewed_at = ? where node_id = ? and failure is null",
                Timestamp.from(now), node);
    }

    void finished(String model) {
        database.update("delete from read_model_rebuild where read_model = ? and node_id = ?", model, node);
    }

    void failed(String model, String why) {
        database.update("update read_model_rebuild set failure = ? where read_model = ? and node_id = ?",
                why.length() > 2000 ? why.substring(0, 2000) : why, model, node);
    }

    /** When this node stops: its rebuilds hold nobody back any longer. */
    void abandon() {
        database.update("delete from read_model_rebuild where node_id = ? and failure is null", node);
    }

    /** The processors that feed a read model being rebuilt on some node, and so must not run anywhere else. */
    Set<String> processorsHeld(Instant now) {
        return new HashSet<>(database.queryForList("select processor_name from read_model_rebuild"
                + " where failure is null and renewed_at >= ?", String.class, lapsedBefore(now)));
    }

    /** Every read model with a rebuild under way or failed, on any node. */
    Map<String, ReadModelRebuilds.State> states(Instant now) {
        Map<String, ReadModelRebuilds.State> states = new HashMap<>();
        Timestamp lapsed = lapsedBefore(now);
        database.query("select read_model, renewed_at, failure from read_model_rebuild", rs -> {
            String failure = rs.getString("failure");
            boolean live = !rs.getTimestamp("renewed_at").before(lapsed);
            if (failure != null || live) {
                states.put(rs.getString("read_model"), new ReadModelRebuilds.State(failure == null, failure));
            }
        });
        return states;
    }

    private static Timestamp lapsedBefore(Instant now) {
        return Timestamp.from(now.minus(LAPSED));
    }
}
