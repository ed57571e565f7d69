package uk.mappa.ledger.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Where integration tests keep the ledger: PostgreSQL at {@code LEDGER_TEST_DB_URL} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/test}), each test class in a fresh schema of its own. When
 * PostgreSQL cannot be reached the tests run on in-memory H2 and say so, unless
 * {@code LEDGER_TEST_REQUIRE_POSTGRES=true}, when they fail.
 */
public record TestDatabase(String url, String user, String password, String schema) implements AutoCloseable {

    static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test";

    public static TestDatabase fresh() {
        String url = env("LEDGER_TEST_DB_URL", DEFAULT_URL);
        String user = env("LEDGER_TEST_DB_USER", "postgres");
        String password = env("LEDGER_TEST_DB_PASSWORD", "");
        String schema = "ledger_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("create schema " + schema);
            return new TestDatabase(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, user, password,
                    schema);
        } catch (SQLException unreachable) {
            if (Boolean.parseBoolean(env("LEDGER_TEST_REQUIRE_POSTGRES", "false"))) {
                throw new IllegalStateException("PostgreSQL is required (LEDGER_TEST_REQUIRE_POSTGRES=true) but "
                        + url + " cannot be reached as " + user + ": " + unreachable.getMessage(), unreachable);
            }
            System.err.println("WARNING: PostgreSQL is not reachable at " + url + " (" + unreachable.getMessage()
                    + "); running this integration test on in-memory H2 instead."
                    + " Set LEDGER_TEST_REQUIRE_POSTGRES=true to make this a failure.");
            return new TestDatabase("jdbc:h2:mem:" + schema + ";DB_CLOSE_DELAY=-1", "sa", "", schema);
        }
    }

    public boolean postgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** Every row a query answers, each as its columns' text joined by '|' (and ended by one). */
    public java.util.List<String> rows(String sql) throws SQLException {
        java.util.List<String> rows = new java.util.ArrayList<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             java.sql.ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(result.getString(i)).append('|');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    /** Drops the schema this test made; an H2 database in memory simply goes away with the JVM. */
    @Override
    public void close() {
        if (!postgres()) {
            return;
        }
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
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
