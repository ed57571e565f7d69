package uk.mappa.ledger.api.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Read-your-writes on any node. Every successful write is answered with {@code Ledger-Position}: the event
 * store's position once the write has committed. A read that sends that header back is answered from read
 * models that have processed at least that far ({@link ReadsModel}), waiting for them a few seconds at most;
 * past that it is answered 503 with Retry-After rather than with a view that lacks the write.
 */
@Component
public class ReadYourWrites extends OncePerRequestFilter implements HandlerInterceptor {

    public static final String HEADER = "Ledger-Position";
    private static final long POLL_MILLIS = 20;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private final Duration timeout;

    ReadYourWrites(EventProcessingConfiguration processing, JdbcTemplate jdbc,
                   @Value("${ledger.web.read-your-writes-timeout:5s}") Duration timeout) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.timeout = timeout;
    }

    /** Writes: the position after the write, on every successful answer. */
    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!request.getRequestURI().startsWith("/api/") || request.getMethod().equals("GET")
                || request.getMethod().equals("HEAD")) {
            chain.doFilter(request, response);
            return;
        }
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, answer);
            if (answer.getStatus() >= 200 && answer.getStatus() < 300) {
                Long position = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
                answer.setHeader(HEADER, String.valueOf(position == null ? 0 : position));
            }
        } finally {
            answer.copyBodyToResponse();
        }
    }

    /** Reads: wait for the read models the endpoint answers from, when the caller names a position. */
    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws InterruptedException {
        String wanted = request.getHeader(HEADER);
        if (wanted == null || !(handler instanceof HandlerMethod method)) {
            return true;
        }
        if (!wanted.matches("(0|[1-9][0-9]{0,17})")) {
            throw new InvalidRequestException.Collector().add(HEADER, "must be the " + HEADER
                    + " the ledger answered a write with (a whole number)").asException();
        }
        ReadsModel models = method.getMethodAnnotation(ReadsModel.class);
        if (models == null) {
            return true;
        }
        long position = Long.parseLong(wanted);
        long deadline = System.nanoTime() + timeout.toNanos();
        for (String model : models.value()) {
            while (reached(model) < position) {
                if (System.nanoTime() > deadline) {
                    throw new ReadModelBehind(model, position);
                }
                Thread.sleep(POLL_MILLIS);
            }
        }
        return true;
    }

    /**
     * How far a read model has processed the event store: its slowest segment. A segment this node processes
     * is read from memory (current to the event); one another node processes, from Axon's token store (which
     * that node updates after each batch, and within seconds for events it only passes over).
     */
    long reached(String model) {
        Map<Integer, EventTrackerStatus> local = processing.eventProcessor(model, StreamingEventProcessor.class)
                .map(StreamingEventProcessor::processingStatus).orElse(Map.of());
        List<Long> segments = jdbc.query("select segment, token from token_entry where processor_name = ?",
                (rs, row) -> {
                    EventTrackerStatus status = local.get(rs.getInt(1));
                    return status != null ? status.getCurrentPosition().orElse(-1) : position(rs.getBytes(2));
                }, model);
        return segments.isEmpty() ? -1 : segments.stream().mapToLong(Long::longValue).min().orElse(-1);
    }

    /** A tracking token's position: its index, or during a replay the index of the token it is at now. */
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

    /** The read model has not reached the position asked for in time (503 with Retry-After). */
    public static final class ReadModelBehind extends RuntimeException {

        ReadModelBehind(String model, long position) {
            super("The " + model + " view has not yet reached position " + position + "; ask again in a moment.");
        }
    }
}
