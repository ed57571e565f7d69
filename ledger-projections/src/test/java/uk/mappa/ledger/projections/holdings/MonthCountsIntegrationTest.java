package uk.mappa.ledger.projections.holdings;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Monthly counts on PostgreSQL, where two segments of the holdings read model commit side by side: when both make a
 * body's first count in a month at once, both counts are kept and neither batch fails.
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
                    + " month_start date not null, shares integer not null, primary key (body_id, month_start))");
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
    void twoTransactionsMakingTheSameMonthsFirstCountAtOnceBothCount() throws Exception {
        try (Connection first = DriverManager.getConnection(url, USER, PASSWORD)) {
            first.setAutoCommit(false);
            try (var count = first.prepareStatement(HoldingsProjection.COUNT)) {
                count.setString(1, "merseyside-smb");
                count.setDate(2, java.sql.Date.valueOf(DECEMBER));
                count.setInt(3, 1);
                count.executeUpdate();
            }
            // The second inserts the same month before the first commits: PostgreSQL makes it wait for the first.
            DriverManagerDataSource database = new DriverManagerDataSource(url, USER, PASSWORD);
            TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(database));
            MonthCounts counts = new MonthCounts(new JdbcTemplate(database), HoldingsProjection.COUNT);
            CompletableFuture<Void> second = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(
                    status -> counts.add("merseyside-smb", DECEMBER, 2)));
            awaitWaitingForALock();
            first.commit();
            second.get(30, TimeUnit.SECONDS);
        }
        try (Connection connection = DriverManager.getConnection(url, USER, PASSWORD);
             Statement statement = connection.createStatement();
             var months = statement.executeQuery("select body_id, month_start, shares from shares_by_month")) {
            assertThat(months.next()).isTrue();
            assertThat(months.getString(1)).isEqualTo("merseyside-smb");
            assertThat(months.getDate(2).toLocalDate()).isEqualTo(DECEMBER);
            assertThat(months.getInt(3)).isEqualTo(3);
            assertThat(months.next()).isFalse();
        }
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
