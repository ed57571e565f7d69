package uk.mappa.ledger.log;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.mappa.ledger.verify.ExportFormat;
import uk.mappa.ledger.verify.StoredEvent;
import uk.mappa.ledger.verify.TileAppender;
import uk.mappa.ledger.verify.TreeHead;

/**
 * The log's tables, and the event store read as raw rows: the log seals events exactly as stored, so it
 * reads them with JDBC, not through Axon's deserialising API.
 */
@Component
public class LogStore {

    static final int FETCH_SIZE = 500;
    private static final int BATCH = 1000;
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

    /** How far the log has got: leaves sealed, leaves in tiles, the highest event position sealed. */
    record LogState(long leafCount, long tileSize, long sealedThrough) {
    }

    /** Locks the log for sealing until the transaction ends, and says how far it has got. */
    LogState lockState() {
        return jdbc.queryForObject("select leaf_count, tile_size, sealed_through from ledger_log_state where id = 1"
                + " for update", (rs, row) -> new LogState(rs.getLong(1), rs.getLong(2), rs.getLong(3)));
    }

    long countLeaves() {
        return jdbc.queryForObject("select leaf_count from ledger_log_state where id = 1", Long.class);
    }

    void recordState(LogState state) {
        jdbc.update("update ledger_log_state set leaf_count = ?, tile_size = ?, sealed_through = ? where id = 1",
                state.leafCount(), state.tileSize(), state.sealedThrough());
    }

    /** Stored events after a position, in the order of the event store (a bounded read of the primary key). */
    List<StoredEvent> eventsAfter(long position, int limit) {
        return jdbc.query("select " + EVENT_COLUMNS + " from domain_event_entry e where e.global_index > ?"
                + " order by e.global_index fetch first " + limit + " rows only", (rs, row) -> event(rs), position);
    }

    /**
     * Events that have committed since at positions sealing skipped, in the order of the event store. The positions
     * are read first and the events then looked up by key: joined in one query, PostgreSQL could plan a scan of the
     * whole event store (17 ms a round under the benchmark's load at 22,000 events).
     */
    List<StoredEvent> eventsInGaps() {
        List<StoredEvent> events = new ArrayList<>();
        for (List<Long> positions : chunks(gapPositions())) {
            events.addAll(jdbc.query("select " + EVENT_COLUMNS + " from domain_event_entry e where e.global_index in ("
                    + placeholders(positions.size()) + ")", (rs, row) -> event(rs), positions.toArray()));
        }
        events.sort(Comparator.comparingLong(StoredEvent::globalIndex));
        return events;
    }

    private List<Long> gapPositions() {
        return jdbc.queryForList("select global_index from ledger_gap order by global_index", Long.class);
    }

    private static List<List<Long>> chunks(List<Long> positions) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < positions.size(); from += BATCH) {
            chunks.add(positions.subList(from, Math.min(positions.size(), from + BATCH)));
        }
        return chunks;
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    void recordGaps(List<Long> positions, Instant seenAt) {
        jdbc.batchUpdate("insert into ledger_gap (global_index, seen_at) values (?, ?)", positions, BATCH,
                (statement, position) -> {
                    statement.setLong(1, position);
                    statement.setTimestamp(2, Timestamp.from(seenAt));
                });
    }

    void closeGaps(List<Long> positions) {
        jdbc.batchUpdate("delete from ledger_gap where global_index = ?", positions, BATCH,
                (statement, position) -> statement.setLong(1, position));
    }

    /** Forgets gaps no transaction can still fill (rolled back, or a sequence that jumped). */
    void forgetGapsSeenBefore(Instant before) {
        jdbc.update("delete from ledger_gap where seen_at < ?", Timestamp.from(before));
    }

    /** Seals events as consecutive leaves from {@code firstLeaf}, in one batch. */
    void seal(long firstLeaf, List<StoredEvent> events, List<byte[]> leafHashes, Instant at) {
        Timestamp sealedAt = Timestamp.from(at);
        jdbc.batchUpdate("insert into ledger_leaf (leaf_index, global_index, event_identifier, leaf_hash, sealed_at)"
                + " values (?, ?, ?, ?, ?)", new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement statement, int i) throws SQLException {
                        statement.setLong(1, firstLeaf + i);
                        statement.setLong(2, events.get(i).globalIndex());
                        statement.setString(3, events.get(i).eventIdentifier());
                        statement.setBytes(4, leafHashes.get(i));
                        statement.setTimestamp(5, sealedAt);
                    }

                    @Override
                    public int getBatchSize() {
                        return events.size();
                    }
                });
    }

    /** Leaf hashes in leaf order from {@code firstLeaf}, at most {@code limit}. */
    List<byte[]> leafHashes(long firstLeaf, int limit) {
        return jdbc.query("select leaf_hash from ledger_leaf where leaf_index >= ? order by leaf_index"
                + " fetch first " + limit + " rows only", (rs, row) -> rs.getBytes(1), firstLeaf);
    }

    /** A tile's hashes as stored (a partial tile may have grown since it was asked for), or null. */
    byte[] tile(int level, long index) {
        return jdbc.query("select hashes from ledger_tile where tile_level = ? and tile_index = ?",
                (rs, row) -> rs.getBytes(1), level, index).stream().findFirst().orElse(null);
    }

    /** Stores tiles in their latest form: a partial tile that grew is updated, a new one inserted. */
    void saveTiles(List<TileAppender.Tile> tiles) {
        int[][] updated = jdbc.batchUpdate("update ledger_tile set hashes = ? where tile_level = ? and tile_index = ?",
                tiles, BATCH, (statement, tile) -> {
                    statement.setBytes(1, tile.hashes());
                    statement.setInt(2, tile.level());
                    statement.setLong(3, tile.index());
                });
        List<TileAppender.Tile> absent = new ArrayList<>();
        for (int i = 0; i < tiles.size(); i++) {
            if (updated[i / BATCH][i % BATCH] == 0) {
                absent.add(tiles.get(i));
            }
        }
        jdbc.batchUpdate("insert into ledger_tile (tile_level, tile_index, hashes) values (?, ?, ?)", absent, BATCH,
                (statement, tile) -> {
                    statement.setInt(1, tile.level());
                    statement.setLong(2, tile.index());
                    statement.setBytes(3, tile.hashes());
                });
    }

    /** The leaf an event was sealed as: its index and hash. */
    Optional<SealedLeaf> leafOf(String eventIdentifier) {
        return jdbc.query("select leaf_index, leaf_hash from ledger_leaf where event_identifier = ?",
                (rs, row) -> new SealedLeaf(rs.getLong(1), rs.getBytes(2)), eventIdentifier).stream().findFirst();
    }

    record SealedLeaf(long index, byte[] hash) {
    }

    void saveTreeHead(TreeHead head, String checkpoint) {
        jdbc.update("insert into ledger_tree_head (tree_size, root_hash, signed_at, signature, checkpoint)"
                + " values (?, ?, ?, ?, ?)", head.treeSize(), head.rootHash(), Timestamp.from(head.timestamp()),
                head.signature(), checkpoint);
    }

    /** A signed checkpoint with every cosignature obtained for it, as a C2SP signed note. */
    public record StoredCheckpoint(long treeSize, String note) {
    }

    /**
     * The latest signed checkpoint with at least {@code quorum} witnesses' cosignatures, with all of them (any
     * head signed before checkpoints existed has none and is passed over).
     */
    public Optional<StoredCheckpoint> latestCheckpoint(int quorum) {
        return jdbc.query("select h.tree_size, h.checkpoint from ledger_tree_head h where h.checkpoint is not null"
                        + " and (? = 0 or (select count(*) from ledger_cosignature c where c.tree_size = h.tree_size) >= ?)"
                        + " order by h.tree_size desc fetch first 1 rows only",
                (rs, row) -> new StoredCheckpoint(rs.getLong(1), rs.getString(2)), quorum, quorum).stream().findFirst()
                .map(checkpoint -> new StoredCheckpoint(checkpoint.treeSize(), checkpoint.note() + String.join("",
                        jdbc.queryForList("select signature_line from ledger_cosignature where tree_size = ?"
                                + " order by witness", String.class, checkpoint.treeSize()))));
    }

    /** How far a witness has cosigned, and what went wrong last; a witness not yet asked is at size 0. */
    public record WitnessProgress(String name, long cosignedSize, long attemptedSize, Instant lastAttemptAt,
                                  String lastError) {
    }

    public WitnessProgress witnessProgress(String name) {
        return jdbc.query("select name, cosigned_size, attempted_size, last_attempt_at, last_error from ledger_witness"
                        + " where name = ?", (rs, row) -> new WitnessProgress(rs.getString(1), rs.getLong(2), rs.getLong(3),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(), rs.getString(5)), name)
                .stream().findFirst().orElse(new WitnessProgress(name, 0, 0, null, null));
    }

    void recordWitnessProgress(WitnessProgress progress) {
        Object[] values = {progress.cosignedSize(), progress.attemptedSize(), Timestamp.from(progress.lastAttemptAt()),
                progress.lastError(), progress.name()};
        if (jdbc.update("update ledger_witness set cosigned_size = ?, attempted_size = ?, last_attempt_at = ?,"
                + " last_error = ? where name = ?", values) == 0) {
            jdbc.update("insert into ledger_witness (cosigned_size, attempted_size, last_attempt_at, last_error, name)"
                    + " values (?, ?, ?, ?, ?)", values);
        }
    }

    void saveCosignature(long treeSize, String witness, String signatureLine, Instant at) {
        jdbc.update("delete from ledger_cosignature where tree_size = ? and witness = ?", treeSize, witness);
        jdbc.update("insert into ledger_cosignature (tree_size, witness, signature_line, cosigned_at)"
                + " values (?, ?, ?, ?)", treeSize, witness, signatureLine, Timestamp.from(at));
    }

    Optional<TreeHead> latestTreeHead() {
        return jdbc.query("select tree_size, root_hash, signed_at, signature from ledger_tree_head"
                + " order by tree_size desc fetch first 1 rows only", (rs, row) -> treeHead(rs)).stream().findFirst();
    }

    Optional<TreeHead> treeHeadOfSize(long size) {
        return jdbc.query("select tree_size, root_hash, signed_at, signature from ledger_tree_head where tree_size = ?",
                (rs, row) -> treeHead(rs), size).stream().findFirst();
    }

    public List<TreeHead> treeHeads(long fromSize, Instant fromTime, int limit) {
        return jdbc.query("select tree_size, root_hash, signed_at, signature from ledger_tree_head"
                        + " where tree_size >= ? and signed_at >= ? order by tree_size fetch first " + limit + " rows only",
                (rs, row) -> treeHead(rs), fromSize, Timestamp.from(fromTime));
    }

    /** Every leaf with its event as stored now (absent when the row is gone), in leaf order, one at a time. */
    public void forEachLeaf(Consumer<ExportFormat.Leaf> consumer) {
        streaming.query("select l.leaf_index, l.event_identifier as sealed_event, l.leaf_hash, " + EVENT_COLUMNS
                + " from ledger_leaf l left join domain_event_entry e on e.global_index = l.global_index"
                + " order by l.leaf_index", rs -> {
                    rs.getLong("global_index");
                    StoredEvent event = rs.wasNull() ? null : event(rs);
                    consumer.accept(new ExportFormat.Leaf(rs.getLong("leaf_index"), rs.getString("sealed_event"),
                            rs.getBytes("leaf_hash"), event));
                });
    }

    public void forEachTreeHead(Consumer<TreeHead> consumer) {
        streaming.query("select tree_size, root_hash, signed_at, signature from ledger_tree_head order by tree_size",
                rs -> {
                    consumer.accept(treeHead(rs));
                });
    }

    /** Events recorded after the highest position sealed, and at positions sealing is watching: cheap to count. */
    long countAwaitingSeal() {
        long late = 0;
        for (List<Long> positions : chunks(gapPositions())) {
            late += jdbc.queryForObject("select count(*) from domain_event_entry e where e.global_index in ("
                    + placeholders(positions.size()) + ")", Long.class, positions.toArray());
        }
        return jdbc.queryForObject("select count(*) from domain_event_entry e where e.global_index >"
                + " (select sealed_through from ledger_log_state where id = 1)", Long.class) + late;
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
