package uk.mappa.ledger.api.readmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
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
     * How far a read model has processed the event store: how far its processor has ({@link #reachedBy}), or -1 for
     * a read model there is not.
     */
    public long reached(String model) {
        return processing.eventProcessorByProcessingGroup(model, StreamingEventProcessor.class)
                .map(processor -> reachedBy(processor.getName())).orElse(-1L);
    }

    /**
     * How far a processor has processed the event store: the highest position up to which it has processed every
     * stored event, in its slowest segment (-1 while one has no position). A segment this node processes is read
     * from memory (current to the event); one another node processes, from Axon's token store (which that node
     * updates after each batch, and within seconds for events it only passes over).
     */
    public long reachedBy(String processor) {
        Map<Integer, EventTrackerStatus> local = processing.eventProcessor(processor, StreamingEventProcessor.class)
                .map(StreamingEventProcessor::processingStatus).orElse(Map.of());
        List<Progress> segments = jdbc.query("select segment, token from token_entry where processor_name = ?",
                (rs, row) -> {
                    EventTrackerStatus status = local.get(rs.getInt(1));
                    return status != null ? progress(status.getTrackingToken()) : progress(rs.getBytes(2));
                }, processor);
        return segments.stream().mapToLong(this::processedUpTo).min().orElse(-1);
    }

    /**
     * A segment's position is the highest it has seen; the positions below it that held no event when it passed
     * them (its gaps) are watched for transactions that commit late. One that now holds an event has not been
     * processed yet, so the read model has processed everything only up to just before it. A gap that stays empty
     * (a transaction that rolled back) holds nothing back.
     */
    private long processedUpTo(Progress progress) {
        if (progress.gaps().isEmpty()) {
            return progress.index();
        }
        List<Long> gaps = progress.gaps().subList(0, Math.min(progress.gaps().size(), MAX_GAPS_CHECKED));
        Long lowestFilled = jdbc.queryForObject("select min(global_index) from domain_event_entry where global_index"
                + " in (" + String.join(", ", java.util.Collections.nCopies(gaps.size(), "?")) + ")", Long.class,
                gaps.toArray());
        return lowestFilled == null ? progress.index() : lowestFilled - 1;
    }

    /** The gaps checked at most, lowest first (a segment has a handful at a time, each gone within seconds). */
    private static final int MAX_GAPS_CHECKED = 500;

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

    /** A segment's progress: the highest position it has seen, and the lower ones it saw empty (ascending). */
    record Progress(long index, List<Long> gaps) {

        static final Progress NONE = new Progress(-1, List.of());
    }

    /** A live segment's progress, from its token (during a replay, the token it is at now). */
    static Progress progress(TrackingToken token) {
        TrackingToken current = token == null ? null : WrappedToken.unwrapLowerBound(token);
        if (current instanceof GapAwareTrackingToken gapAware) {
            return new Progress(gapAware.getIndex(), List.copyOf(gapAware.getGaps()));
        }
        return current == null ? Progress.NONE : new Progress(current.position().orElse(-1), List.of());
    }

    /** A stored tracking token's progress: its index and gaps, or during a replay those of the token it is at now. */
    static Progress progress(byte[] token) {
        if (token == null) {
            return Progress.NONE;
        }
        try {
            JsonNode node = JSON.readTree(token);
            while (node != null && (node.isArray() || node.has("currentToken"))) {
                // Polymorphic values are written as [type, value]; a replay nests the token it is at now.
                node = node.isArray() ? node.get(node.size() - 1) : node.get("currentToken");
            }
            if (node == null || !node.has("index")) {
                return Progress.NONE;
            }
            List<Long> gaps = new ArrayList<>();
            node.path("gaps").forEach(gap -> gaps.add(gap.asLong()));
            gaps.sort(null);
            return new Progress(node.get("index").asLong(), gaps);
        } catch (JacksonException unreadable) {
            return Progress.NONE;
        }
    }
}
