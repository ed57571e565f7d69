package uk.mappa.ledger.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.mappa.ledger.verify.Hashes;
import uk.mappa.ledger.verify.MerkleTree;

/**
 * The log kept in tiles on PostgreSQL, on its own (no web layer, no command side), with events written straight
 * into the store: events that commit out of the order of their positions are each sealed once; proofs read from
 * the tiles verify against roots computed from the leaves at sizes on both sides of tile boundaries; a log sealed
 * before tiles existed is tiled.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LogTilesIntegrationTest {

    @TempDir
    static Path keys;
    LogDatabase database;
    ConfigurableApplicationContext context;
    TamperEvidentLog log;
    LogProofs proofs;

    @BeforeAll
    void start() {
        database = LogDatabase.fresh();
        // Sealed when the test says so, not by the clock.
        context = new SpringApplicationBuilder(LogTestApplication.class).properties(database.properties(
                "ledger.log.seal-interval=1h", "ledger.log.key-file=" + keys.resolve("log-key.pem"))).run();
        log = context.getBean(TamperEvidentLog.class);
        proofs = context.getBean(LogProofs.class);
        log.sealAndSign();
    }

    @AfterAll
    void stop() {
        if (context != null) {
            context.close();
        }
        if (database != null) {
            database.close();
        }
    }

    /** Stores events the projections do not know (they pass over them), as the benchmark's fill does. */
    static void append(Connection connection, int count) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into domain_event_entry (global_index,"
                + " event_identifier, aggregate_identifier, sequence_number, type, time_stamp, payload_type, payload,"
                + " meta_data) values (nextval('domain_event_entry_seq'), ?, ?, 0, 'Filler', ?, 'uk.mappa.ledger.test.Filler',"
                + " ?, ?)")) {
            for (int i = 0; i < count; i++) {
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, UUID.randomUUID().toString());
                insert.setString(3, Instant.now().toString());
                insert.setBytes(4, ("{\"n\":" + i + "}").getBytes(StandardCharsets.UTF_8));
                insert.setBytes(5, "{}".getBytes(StandardCharsets.UTF_8));
                insert.addBatch();
                if (i % 1000 == 999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    long count(String sql) throws SQLException {
        return database.count(sql);
    }

    List<byte[]> leafHashes() throws SQLException {
        List<byte[]> hashes = new ArrayList<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select leaf_hash from ledger_leaf order by leaf_index")) {
            while (rs.next()) {
                hashes.add(rs.getBytes(1));
            }
        }
        return hashes;
    }

    String eventOfLeaf(long leafIndex) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select event_identifier from ledger_leaf where leaf_index = "
                     + leafIndex)) {
            rs.next();
            return rs.getString(1);
        }
    }

    static List<byte[]> hashes(List<String> hex) {
        return hex.stream().map(Hashes::fromHex).toList();
    }

    boolean intact() {
        return proofs.verifyLive(Instant.now()).intact();
    }

    LogViews.TreeHeadView treeHead() {
        return proofs.latestTreeHead().orElseThrow();
    }

    @Test
    @Order(1)
    void eventsThatCommitOutOfOrderAreEachSealedOnce() throws SQLException {
        long before = count("select leaf_count from ledger_log_state");
        try (Connection early = database.connect(); Connection late = database.connect()) {
            early.setAutoCommit(false);
            append(early, 1); // takes the lower position, commits last
            append(late, 2);
            log.sealAndSign();
            assertThat(count("select leaf_count from ledger_log_state")).isEqualTo(before + 2);
            assertThat(count("select count(*) from ledger_gap")).isEqualTo(1);
            early.commit();
        }
        log.sealAndSign();
        log.sealAndSign();
        assertThat(count("select leaf_count from ledger_log_state")).isEqualTo(before + 3);
        assertThat(count("select count(*) from ledger_leaf")).isEqualTo(before + 3);
        assertThat(count("select count(*) from domain_event_entry e where not exists"
                + " (select 1 from ledger_leaf l where l.global_index = e.global_index)")).isZero();
        assertThat(count("select count(*) from ledger_gap")).isZero();
        assertThat(intact()).isTrue();
    }

    @Test
    @Order(1)
    void aSkippedPositionNoTransactionFilledInTheGapWindowIsForgotten() throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("insert into ledger_gap (global_index, seen_at) values (999999001,"
                    + " current_timestamp - interval '11' minute), (999999002, current_timestamp)");
        }
        log.sealAndSign();
        assertThat(count("select count(*) from ledger_gap where global_index = 999999001")).isZero();
        assertThat(count("select count(*) from ledger_gap where global_index = 999999002")).isEqualTo(1);
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("delete from ledger_gap");
        }
    }

    @Test
    @Order(2)
    void proofsFromTheTilesVerifyOnBothSidesOfTileBoundaries() throws SQLException {
        try (Connection connection = database.connect()) {
            append(connection, 66_000);
        }
        log.sealAndSign();
        List<byte[]> leaves = leafHashes();
        int size = leaves.size();
        assertThat(size).isGreaterThan(65_537);
        assertThat(treeHead().treeSize()).isEqualTo(size);
        assertThat(count("select count(*) from ledger_tile where tile_level = 2")).isEqualTo(1);

        for (int treeSize : new int[] {255, 256, 257, 512, 65_535, 65_536, 65_537, size}) {
            for (long leaf : new long[] {0, 255, 256, treeSize - 1}) {
                if (leaf < treeSize) {
                    LogViews.InclusionProofView proof = proofs.inclusion(eventOfLeaf(leaf), (long) treeSize);
                    assertThat(proof.leafIndex()).isEqualTo(leaf);
                    assertThat(MerkleTree.verifyInclusion(leaf, treeSize, leaves.get((int) leaf),
                            hashes(proof.auditPath()), MerkleTree.root(leaves, treeSize)))
                            .as("leaf %d of %d", leaf, treeSize).isTrue();
                }
            }
            for (long first : new long[] {1, 255, 256, 257, 65_536}) {
                if (first < treeSize) {
                    LogViews.ConsistencyProofView proof = proofs.consistency(first, treeSize);
                    byte[] firstRoot = MerkleTree.root(leaves, (int) first);
                    byte[] secondRoot = MerkleTree.root(leaves, treeSize);
                    assertThat(proof.firstRootHash()).isEqualTo(Hashes.hex(firstRoot));
                    assertThat(MerkleTree.verifyConsistency(first, treeSize, firstRoot, secondRoot,
                            hashes(proof.proof()))).as("%d to %d", first, treeSize).isTrue();
                }
            }
        }
    }

    @Test
    @Order(3)
    void aLogSealedBeforeTilesExistedIsTiledOnTheNextRound() throws SQLException {
        List<byte[]> leaves = leafHashes();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("delete from ledger_tile");
            statement.execute("update ledger_log_state set tile_size = 0");
            append(connection, 5);
        }
        log.sealAndSign();
        assertThat(count("select tile_size from ledger_log_state")).isEqualTo(leaves.size() + 5);
        List<byte[]> now = leafHashes();
        LogViews.TreeHeadView head = treeHead();
        assertThat(head.treeSize()).isEqualTo(now.size());
        assertThat(head.rootHash()).isEqualTo(Hashes.hex(MerkleTree.root(now, now.size())));
        LogViews.ConsistencyProofView proof = proofs.consistency(300, now.size());
        assertThat(MerkleTree.verifyConsistency(300, now.size(), MerkleTree.root(now, 300),
                MerkleTree.root(now, now.size()), hashes(proof.proof()))).isTrue();
        assertThat(intact()).isTrue();
    }
}
