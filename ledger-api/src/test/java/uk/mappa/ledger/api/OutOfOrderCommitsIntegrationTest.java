package uk.mappa.ledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static uk.mappa.ledger.support.RunningLedger.bearer;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.json.JsonMapper;
import uk.mappa.ledger.api.readmodel.ProjectionPositions;
import uk.mappa.ledger.support.RunningLedger;
import uk.mappa.ledger.support.TestDatabase;
import uk.mappa.ledger.support.TestTokens;

/**
 * Events whose transactions commit in another order than their positions, on PostgreSQL: the event that commits
 * late is still listed in the audit trail at its own position (not the later event's), beside the one that
 * committed first, and a read model counts as having processed a position only once every stored event up to it
 * has been processed, while a position no transaction fills holds nothing back. The event store reads the events at
 * a token's gaps before those after it, as Axon's own query would.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutOfOrderCommitsIntegrationTest {

    final JsonMapper json = JsonMapper.builder().build();
    final TestTokens tokens = TestTokens.generate();
    final String smbManager = bearer(tokens.token("alex.smb", "merseyside-smb", "merseyside", "BUSINESS_MANAGER"));

    TestDatabase database;
    RunningLedger ledger;

    @BeforeAll
    void start() {
        database = TestDatabase.fresh();
        assumeTrue(database.postgres(), "needs PostgreSQL, for transactions committing out of order");
        ledger = RunningLedger.start(database, tokens, "ledger.seed.agreements=true");
    }

    @AfterAll
    void stop() {
        if (ledger != null) {
            ledger.close();
        }
        database.close();
    }

    @Test
    void anEventThatCommitsLateIsAuditedAtItsOwnPosition() throws SQLException {
        String recorded = recordShare();
        String late = UUID.randomUUID().toString();
        String early = UUID.randomUUID().toString();
        long latePosition;
        long earlyPosition;
        try (Connection first = database.connect(); Connection second = database.connect()) {
            first.setAutoCommit(false);
            latePosition = copyOf(first, recorded, late); // takes the lower position, commits last
            earlyPosition = copyOf(second, recorded, early);
            assertThat(earlyPosition).isGreaterThan(latePosition);
            await().atMost(Duration.ofSeconds(15)).until(() -> auditedEvent(earlyPosition) != null);
            // The position the late transaction holds is empty so far: it holds the read model back from nothing
            // (once the segment the early event is not for has passed over it too).
            await().atMost(Duration.ofSeconds(5)).until(
                    () -> ledger.bean(ProjectionPositions.class).reached("audit-trail") >= earlyPosition);
            first.commit();
        }
        await().atMost(Duration.ofSeconds(15)).until(() -> auditedEvent(latePosition) != null);
        assertThat(auditedEvent(latePosition)).isEqualTo(late);
        assertThat(auditedEvent(earlyPosition)).isEqualTo(early);
        assertThat(count("select count(*) from audit_entry where event_id in ('" + late + "', '" + early + "')"))
                .isEqualTo(2);
    }

    @Test
    void aReadModelHasProcessedAPositionOnlyOnceEveryStoredEventUpToItIsProcessed() throws SQLException {
        recordShare();
        long head = count("select max(global_index) from domain_event_entry");
        ProjectionPositions positions = ledger.bean(ProjectionPositions.class);
        // As another node would leave its token: past the head, with one gap that holds a stored event and one that
        // holds none.
        storeToken("another-node", "{\"index\":" + (head + 10) + ",\"gaps\":[" + head + "," + (head + 5) + "]}");
        assertThat(positions.reachedBy("another-node")).isEqualTo(head - 1);
        storeToken("another-node", "{\"index\":" + (head + 10) + ",\"gaps\":[" + (head + 5) + "]}");
        assertThat(positions.reachedBy("another-node")).isEqualTo(head + 10);
    }

    @Test
    void theStoreReadsTheEventsAtATokensGapsFirstThenThoseAfterIt() throws SQLException {
        recordShare();
        recordShare();
        recordShare();
        List<Long> positions = new ArrayList<>();
        List<String> events = new ArrayList<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(
                     "select global_index, event_identifier from domain_event_entry order by global_index")) {
            while (rs.next()) {
                positions.add(rs.getLong(1));
                events.add(rs.getString(2));
            }
        }
        int last = positions.size() - 1;
        // Two earlier events the token has not seen yet (as if they had committed late), then the last one.
        GapAwareTrackingToken token = GapAwareTrackingToken.newInstance(positions.get(last - 1),
                List.of(positions.get(0), positions.get(1)));
        List<String> read = ledger.bean(EventStorageEngine.class).readEvents(token, false)
                .map(event -> event.getIdentifier()).toList();
        assertThat(read).containsExactly(events.get(0), events.get(1), events.get(last));
    }

    private String recordShare() {
        HttpResponse<String> response = ledger.post("/api/shares", smbManager, """
                {"agreementId": "%s", "category": "ANNUAL_REPORT", "title": "Annual report", "providerBodyId": "merseyside-smb",
                 "recipientBodyIds": ["knowsley-lscb"], "lawfulBasis": "CHILDREN_ACT_2004", "purpose": "Planning",
                 "marking": {"classification": "OFFICIAL"}, "sharedAt": "2026-03-01T10:00:00Z",
                 "contentSha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}"""
                .formatted(ShareApiTest.MERSEYSIDE_MOU));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json.readTree(response.body()).get("id").asString();
    }

    /** Stores a copy of a recorded share's event under a new share id, as the ledger stores events; its position. */
    private static long copyOf(Connection connection, String shareId, String eventId) throws SQLException {
        String newShare = UUID.randomUUID().toString();
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into domain_event_entry (global_index, event_identifier, aggregate_identifier, sequence_number,
                    type, time_stamp, payload_type, payload_revision, payload, meta_data)
                select nextval('domain_event_entry_seq'), ?, ?, 0, type, time_stamp, payload_type, payload_revision,
                    convert_to(replace(convert_from(payload, 'UTF8'), aggregate_identifier, ?), 'UTF8'), meta_data
                from domain_event_entry where aggregate_identifier = ? and sequence_number = 0
                returning global_index""")) {
            insert.setString(1, eventId);
            insert.setString(2, newShare);
            insert.setString(3, newShare);
            insert.setString(4, shareId);
            try (ResultSet stored = insert.executeQuery()) {
                stored.next();
                return stored.getLong(1);
            }
        }
    }

    private void storeToken(String processor, String token) throws SQLException {
        try (Connection connection = database.connect();
             PreparedStatement delete = connection.prepareStatement("delete from token_entry where processor_name = ?");
             PreparedStatement insert = connection.prepareStatement("insert into token_entry (processor_name, segment,"
                     + " token, token_type, timestamp) values (?, 0, ?, ?, '2026-12-02T00:00:00Z')")) {
            delete.setString(1, processor);
            delete.executeUpdate();
            insert.setString(1, processor);
            insert.setBytes(2, token.getBytes(StandardCharsets.UTF_8));
            insert.setString(3, "org.axonframework.eventhandling.GapAwareTrackingToken");
            insert.executeUpdate();
        }
    }

    private String auditedEvent(long position) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select event_id from audit_entry where global_position = "
                     + position)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
