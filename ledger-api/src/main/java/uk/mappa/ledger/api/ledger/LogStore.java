package uk.mappa.ledger.api.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.mappa.ledger.verify.ExportFormat;
import uk.mappa.ledger.verify.StoredEvent;
import uk.mappa.ledger.verify.TreeHead;

/**
 * The log's tables, and the event store read as raw rows: the log seals events exactly as stored, so it
 * reads them with JDBC, not through Axon's deserialising API.
 */
@Component
class LogStore {

    static final int FETCH_SIZE = 500;
    private static final String EVENT_COLUMNS = "e.global_index, e.event_identifier, e.aggregate_identifier,"
            + " e.sequence_number, e.type, e.time_stamp, e.payload_type, e.payload_revision, e.payload, e.meta_data";

    private final JdbcTemplate jdbc;
    /** Reads large results a batch at a time (PostgreSQL needs a transaction for that, which callers open). */
    private final JdbcTemplate streaming;

    LogStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(jdbc.getDataSource());
        this.streaming.setFetchSize(FETCH_SIZE);
    }

    /** Locks the log for sealing until the transaction ends, and says how many leaves it has. */
    long lockAndCountLeaves() {
        return jdbc.queryForObject("select leaf_count from ledger_log_state where id = 1 for update", Long.class);
    }

    long countLeaves() {
        return jdbc.queryForObject("select leaf_count from ledger_log_state where id = 1", Long.class);
    }

    /** Stored events not yet sealed, in the order of the event store. */
    List<StoredEvent> unsealed(int limit) {
        return jdbc.query("select " + EVENT_COLUMNS + " from domain_event_entry e"
                + " left join ledger_leaf l on l.global_index = e.global_index"
                + " where l.global_index is null order by e.global_index fetch first " + limit + " rows only",
                (rs, row) -> event(rs));
    }

    void seal(long leafIndex, StoredEvent event, byte[] leafHash, Instant at) {
        jdbc.update("insert into ledger_leaf (leaf_index, global_index, event_identifier, leaf_hash, sealed_at)"
                + " values (?, ?, ?, ?, ?)", leafIndex, event.globalIndex(), event.eventIdentifier(), leafHash,
                Timestamp.from(at));
    }

    void recordLeafCount(long count) {
        jdbc.update("update ledger_log_state set leaf_count = ? where id = 1", count);
    }

    List<byte[]> leafHashesFrom(long firstLeaf) {
        return jdbc.query("select leaf_hash from ledger_leaf where leaf_index >= ? order by leaf_index",
                (rs, row) -> rs.getBytes(1), firstLeaf);
    }

    Optional<Long> leafIndexOf(String eventIdentifier) {
        return jdbc.query("select leaf_index from ledger_leaf where event_identifier = ?",
                (rs, row) -> rs.getLong(1), eventIdentifier).stream().findFirst();
    }

    void saveTreeHead(TreeHead head) {
        jdbc.update("insert into ledger_tree_head (tree_size, root_hash, signed_at, signature) values (?, ?, ?, ?)",
                head.treeSize(), head.rootHash(), Timestamp.from(head.timestamp()), head.signature());
    }

    Optional<TreeHead> latestTreeHead() {
        return jdbc.query("select tree_size, root_hash, signed_at, signature from ledger_tree_head"
                + " order by tree_size desc fetch first 1 rows only", (rs, row) -> treeHead(rs)).stream().findFirst();
    }

    Optional<TreeHead> treeHeadOfSize(long size) {
        return jdbc.query("select tree_size, root_hash, signed_at, signature from ledger_tree_head where tree_size = ?",
                (rs, row) -> treeHead(rs), size).stream().findFirst();
    }

    List<TreeHead> treeHeads(long fromSize, Instant fromTime, int limit) {
        return jdbc.query("select tree_size, root_hash, signed_at, signature from ledger_tree_head"
                        + " where tree_size >= ? and signed_at >= ? order by tree_size fetch first " + limit + " rows only",
                (rs, row) -> treeHead(rs), fromSize, Timestamp.from(fromTime));
    }

    /** Every leaf with its event as stored now (absent when the row is gone), in leaf order, one at a time. */
    void forEachLeaf(Consumer<ExportFormat.Leaf> consumer) {
        streaming.query("select l.leaf_index, l.event_identifier as sealed_event, l.leaf_hash, " + EVENT_COLUMNS
                + " from ledger_leaf l left join domain_event_entry e on e.global_index = l.global_index"
                + " order by l.leaf_index", rs -> {
                    rs.getLong("global_index");
                    StoredEvent event = rs.wasNull() ? null : event(rs);
                    consumer.accept(new ExportFormat.Leaf(rs.getLong("leaf_index"), rs.getString("sealed_event"),
                            rs.getBytes("leaf_hash"), event));
                });
    }

    void forEachTreeHead(Consumer<TreeHead> consumer) {
        streaming.query("select tree_size, root_hash, signed_at, signature from ledger_tree_head order by tree_size",
                rs -> {
                    consumer.accept(treeHead(rs));
                });
    }

    long countUnsealedBefore(Instant before) {
        List<String> timestamps = new ArrayList<>(jdbc.query("select e.time_stamp from domain_event_entry e"
                + " left join ledger_leaf l on l.global_index = e.global_index where l.global_index is null",
                (rs, row) -> rs.getString(1)));
        return timestamps.stream().filter(stamp -> Instant.parse(stamp).isBefore(before)).count();
    }

    private static StoredEvent event(ResultSet rs) throws SQLException {
        return new StoredEvent(rs.getLong("global_index"), rs.getString("event_identifier"),
                rs.getString("aggregate_identifier"), rs.getLong("sequence_number"), rs.getString("type"),
                rs.getString("time_stamp"), rs.getString("payload_type"), rs.getString("payload_revision"),
                rs.getBytes("payload"), rs.getBytes("meta_data"));
    }

    private static TreeHead treeHead(ResultSet rs) throws SQLException {
        return new TreeHead(rs.getLong("tree_size"), rs.getBytes("root_hash"),
                rs.getTimestamp("signed_at").toInstant(), rs.getBytes("signature"));
    }
}
