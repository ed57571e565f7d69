package uk.mappa.ledger.log;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A schema of its own on the PostgreSQL the tests use ({@code LEDGER_TEST_DB_URL}, default
 * {@code jdbc:postgresql://127.0.0.1:5432/test}), built by the application's own migrations when the log starts.
 * Without PostgreSQL the test is skipped, unless {@code LEDGER_TEST_REQUIRE_POSTGRES=true}, when it fails.
 */
record LogDatabase(String url, String user, String password, String schema) implements AutoCloseable {

    static LogDatabase fresh() {
        String url = env("LEDGER_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        String user = env("LEDGER_TEST_DB_USER", "postgres");
        String password = env("LEDGER_TEST_DB_PASSWORD", "");
        String schema = "ledger_log_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("create schema " + schema);
        } catch (SQLException unreachable) {
            if (Boolean.parseBoolean(env("LEDGER_TEST_REQUIRE_POSTGRES", "false"))) {
                throw new IllegalStateException("PostgreSQL is required (LEDGER_TEST_REQUIRE_POSTGRES=true) but "
                        + url + " cannot be reached: " + unreachable.getMessage(), unreachable);
            }
            Assumptions.abort("PostgreSQL is not reachable at " + url + ": " + unreachable.getMessage());
        }
        return new LogDatabase(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, user, password,
                schema);
    }

    /** The settings that point the log's application at this schema. */
    String[] properties(String... more) {
        String[] settings = {"spring.datasource.url=" + url, "spring.datasource.username=" + user,
                "spring.datasource.password=" + password,
                "spring.flyway.locations=filesystem:../ledger-api/src/main/resources/db/migration"};
        String[] all = java.util.Arrays.copyOf(settings, settings.length + more.length);
        System.arraycopy(more, 0, all, settings.length, more.length);
        return all;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    long count(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public void close() {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("drop schema " + schema + " cascade");
        } catch (SQLException e) {
            System.err.println("Could not drop test schema " + schema + ": " + e.getMessage());
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
