package uk.mappa.ledger.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** The benchmark's own database on the local PostgreSQL, made afresh for each run. */
record Database(String host, int port, String name, String user, String password) {

    static Database fresh(String host, int port, String name, String user, String password) throws SQLException {
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/postgres",
                user, password); Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
            statement.execute("create database " + name);
        }
        return new Database(host, port, name, user, password);
    }

    String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + name;
    }

    void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl(), user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Stores at least {@code count} more recorded shares straight into the event store: copies of the shares the
     * load recorded, each under a new share id (in its payload too) and event id, in one transaction. Every read
     * model handles them as it handles a share recorded through the API.
     *
     * @return how many were stored
     */
    long fillShares(long count) {
        long recorded = count("select count(*) from domain_event_entry where payload_type like '%.ShareRecorded'");
        long copies = (count + recorded - 1) / Math.max(recorded, 1);
        // With more recorded than asked for, copies of the first `count` only: the fill's size is what was asked,
        // however long the load ran.
        long copied = Math.min(recorded, count);
        execute("""
                insert into domain_event_entry (global_index, event_identifier, aggregate_identifier, sequence_number,
                    type, time_stamp, payload_type, payload_revision, payload, meta_data)
                select nextval('domain_event_entry_seq'), gen_random_uuid()::text, copy.share_id, 0, type,
                    time_stamp, payload_type, payload_revision,
                    convert_to(replace(convert_from(payload, 'UTF8'), aggregate_identifier, copy.share_id), 'UTF8'),
                    meta_data
                from (select * from domain_event_entry where payload_type like '%%.ShareRecorded'
                      order by global_index limit %d) as domain_event_entry
                cross join lateral (select gen_random_uuid()::text as share_id, n
                                    from generate_series(1, %d) as n
                                    -- correlated, so that it runs (and draws new ids) for every recorded share,
                                    -- rather than once with its rows reused whatever plan is chosen
                                    where domain_event_entry.aggregate_identifier is not null) as copy"""
                .formatted(copied, copies));
        return copies * copied;
    }

    /**
     * Stores {@code count} events straight into the event store, as the ledger stores them, of a type no read
     * model handles (they pass over it), in transactions of 10,000: the log seals them like any other.
     */
    void fillEvents(int count) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl(), user, password);
             java.sql.PreparedStatement insert = connection.prepareStatement("insert into domain_event_entry"
                     + " (global_index, event_identifier, aggregate_identifier, sequence_number, type, time_stamp,"
                     + " payload_type, payload, meta_data) values (nextval('domain_event_entry_seq'), ?, ?, 0,"
                     + " 'BenchFiller', ?, 'uk.mappa.ledger.bench.Filler', ?, ?)")) {
            connection.setAutoCommit(false);
            byte[] payload = ("{\"filler\":\"" + "x".repeat(1000) + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            byte[] metaData = "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            for (int i = 1; i <= count; i++) {
                insert.setString(1, java.util.UUID.randomUUID().toString());
                insert.setString(2, java.util.UUID.randomUUID().toString());
                insert.setString(3, java.time.Instant.now().toString());
                insert.setBytes(4, payload);
                insert.setBytes(5, metaData);
                insert.addBatch();
                if (i % 10_000 == 0 || i == count) {
                    insert.executeBatch();
                }
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    String string(String sql) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl(), user, password);
             Statement statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    long count(String sql) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl(), user, password);
             Statement statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
