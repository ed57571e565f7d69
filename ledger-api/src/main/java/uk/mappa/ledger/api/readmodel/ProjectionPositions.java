package uk.mappa.ledger.api.readmodel;

import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where the event store and each read model stand, in event store positions: the one place that says how far
 * behind a read model is, for read-your-writes, the operators' metrics and the replay status alike.
 */
@Component
public class ProjectionPositions {

    private static final long POLL_MILLIS = 20;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;

    ProjectionPositions(EventProcessingConfiguration processing, JdbcTemplate jdbc) {
        this.processing = processing;
        this.jdbc = jdbc;
    }

    /** The position of the newest stored event (0 for an empty store). */
    public long head() {
        Long head = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
        return head == null ? 0 : head;
    }

    /**
     * How far a read model has processed the event store: its slowest segment (-1 while one has no position).
     * A segment this node processes is read from memory (current to the event); one another node processes,
     * from Axon's token store (which that node updates after each batch, and within seconds for events it
     * only passes over).
     */
    public long reached(String model) {
        Map<Integer, EventTrackerStatus> local = processing.eventProcessor(model, StreamingEventProcessor.class)
                .map(StreamingEventProcessor::processingStatus).orElse(Map.of());
        List<Long> segments = jdbc.query("select segment, token from token_entry where processor_name = ?",
                (rs, row) -> {
                    EventTrackerStatus status = local.get(rs.getInt(1));
                    return status != null ? status.getCurrentPosition().orElse(-1) : position(rs.getBytes(2));
                }, model);
        return segments.stream().mapToLong(Long::longValue).min().orElse(-1);
    }

    /**
     * Waits until the read model has processed at least {@code position}, polling every few milliseconds.
     *
     * @return false when it had not got there by {@code deadlineNanos} ({@link System#nanoTime()})
     */
    public boolean awaitReached(String model, long position, long deadlineNanos) throws InterruptedException {
        while (reached(model) < position) {
            if (System.nanoTime() > deadlineNanos) {
                return false;
            }
            Thread.sleep(POLL_MILLIS);
        }
        return true;
    }

    /** A stored tracking token's position: its index, or during a replay the index of the token it is at now. */
    static long position(byte[] token) {
        if (token == null) {
            return -1;
        }
        try {
            JsonNode node = JSON.readTree(token);
            while (node != null && (node.isArray() || node.has("currentToken"))) {
                // Polymorphic values are written as [type, value]; a replay nests the token it is at now.
                node = node.isArray() ? node.get(node.size() - 1) : node.get("currentToken");
            }
            return node != null && node.has("index") ? node.get("index").asLong() : -1;
        } catch (JacksonException unreadable) {
            return -1;
        }
    }
}
