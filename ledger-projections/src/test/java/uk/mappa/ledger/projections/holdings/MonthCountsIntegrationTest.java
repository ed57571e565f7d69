package uk.mappa.ledger.projections.holdings;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.Segment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Monthly counts on PostgreSQL, where segments of the holdings read model commit side by side: each counts a month in
 * slots of its own and does not wait for the others' commits; two transactions that make a slot's first count at once
 * (more segments than slots, or a node taking over a segment whose batch is still committing) both count, and neither
 * batch fails.
 */
class MonthCountsIntegrationTest {

    static final String URL = env("LEDGER_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String USER = env("LEDGER_TEST_DB_USER", "postgres");
    static final String PASSWORD = env("LEDGER_TEST_DB_PASSWORD", "");
    static final LocalDate DECEMBER = LocalDate.parse("2026-12-01");

    final String schema = "month_counts_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    String url;

    @BeforeEach
    void createTable() {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute("create schema " + schema);
            statement.execute("create table " + schema + ".shares_by_month (body_id varchar(64) not null,"
                    + " month_start date not null, slot integer not null, shares integer not null,"
                    + " primary key (body_id, month_start, slot))");
        } catch (SQLException unreachable) {
            if (Boolean.parseBoolean(env("LEDGER_TEST_REQUIRE_POSTGRES", "false"))) {
                throw new IllegalStateException("PostgreSQL is required but " + URL + " cannot be reached", unreachable);
            }
            Assumptions.abort("PostgreSQL is not reachable at " + URL + ": " + unreachable.getMessage());
        }
        url = URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @AfterEach
    void dropSchema() throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + schema + " cascade");
        }
    }

    @Test
    void twoTransactionsMakingTheSameSlotsFirstCountAtOnceBothCount() throws Exception {
        try (Connection first = DriverManager.getConnection(url, USER, PASSWORD)) {
            first.setAutoCommit(false);
            countUncommitted(first, 0, 1);
            // The second inserts the same slot before the first commits: PostgreSQL makes it wait for the first.
            CompletableFuture<Void> second = CompletableFuture.runAsync(() -> count(0, 2));
            awaitWaitingForALock();
            first.commit();
            second.get(30, TimeUnit.SECONDS);
        }
        assertThat(decemberSlots()).containsExactly("0: 3");
    }

    /** Segments count in slots of their own: one adds to the month while the other's count is not yet committed. */
    @Test
    void transactionsCountingTheSameMonthInOtherSlotsDoNotWaitForEachOther() throws Exception {
        try (Connection first = DriverManager.getConnection(url, USER, PASSWORD)) {
            first.setAutoCommit(false);
            countUncommitted(first, 0, 1);
            CompletableFuture.runAsync(() -> count(1, 2)).get(10, TimeUnit.SECONDS);
            first.commit();
        }
        assertThat(decemberSlots()).containsExactly("0: 1", "1: 2");
    }

    /** A share's slot is the processor's segment for it, for any number of segments up to the slots. */
    @Test
    void aSharesSlotIsWhereItsSegmentCountsIt() {
        for (int i = 0; i < 1_000; i++) {
            String share = UUID.randomUUID().toString();
            for (int segments = 1; segments <= MonthCounts.SLOTS; segments *= 2) {
                for (Segment segment : Segment.splitBalanced(Segment.ROOT_SEGMENT, segments - 1)) {
                    assertThat(segment.matches(share))
                            .isEqualTo((MonthCounts.slotOf(share) & segment.getMask()) == segment.getSegmentId());
                }
            }
        }
    }

    private static void countUncommitted(Connection connection, int slot, int change) throws SQLException {
        try (var count = connection.prepareStatement(HoldingsProjection.COUNT)) {
            count.setString(1, "merseyside-smb");
            count.setDate(2, java.sql.Date.valueOf(DECEMBER));
            count.setInt(3, slot);
            count.setInt(4, change);
            count.executeUpdate();
        }
    }

    /** Adds to a slot in a transaction of its own, as a segment's batch does just before it commits. */
    private void count(int slot, int change) {
        DriverManagerDataSource database = new DriverManagerDataSource(url, USER, PASSWORD);
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(database));
        MonthCounts counts = new MonthCounts(new JdbcTemplate(database), HoldingsProjection.COUNT);
        transaction.executeWithoutResult(status -> counts.add(slot, "merseyside-smb", DECEMBER, change));
    }

    /** "slot: shares" of the body's December rows, by slot. */
    private List<String> decemberSlots() throws SQLException {
        List<String> slots = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, USER, PASSWORD);
             Statement statement = connection.createStatement();
             var months = statement.executeQuery("select slot, shares from shares_by_month"
                     + " where body_id = 'merseyside-smb' and month_start = date '2026-12-01' order by slot")) {
            while (months.next()) {
                slots.add(months.getInt(1) + ": " + months.getInt(2));
            }
        }
        return slots;
    }

    /** Until a session is waiting for a lock on this schema's table (the second transaction, blocked by the first). */
    private void awaitWaitingForALock() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
             var waiting = connection.prepareStatement("select count(*) from pg_stat_activity"
                     + " where wait_event_type = 'Lock' and query like '%shares_by_month%'")) {
            while (System.nanoTime() < deadline) {
                try (var result = waiting.executeQuery()) {
                    result.next();
                    if (result.getInt(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        }
        throw new IllegalStateException("The second transaction never waited for the first");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
