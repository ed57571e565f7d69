package uk.mappa.ledger.api.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.ContentCachingResponseWrapper;
import uk.mappa.ledger.api.readmodel.ProjectionPositions;

/**
 * Read-your-writes on any node. Every successful write is answered with {@code Ledger-Position}: the event
 * store's position once the write has committed. A read that sends that header back is answered from read
 * models that have processed at least that far ({@link ReadsModel}), waiting for them a few seconds at most;
 * past that it is answered 503 with Retry-After rather than with a view that lacks the write.
 */
@Component
public class ReadYourWrites extends OncePerRequestFilter implements HandlerInterceptor {

    public static final String HEADER = "Ledger-Position";

    private final ProjectionPositions positions;
    private final AppendedPositions appended;
    private final Duration timeout;

    ReadYourWrites(ProjectionPositions positions, AppendedPositions appended,
                   @Value("${ledger.web.read-your-writes-timeout:5s}") Duration timeout) {
        this.positions = positions;
        this.appended = appended;
        this.timeout = timeout;
    }

    /**
     * Writes: the position of the write on every successful answer (of the last event it appended, or when it
     * appended none, as a repeated idempotent request does, the store's newest). Every request starts and ends with
     * no appended position noted on its thread.
     */
    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        appended.clear();
        try {
            if (request.getRequestURI().startsWith("/api/") && !request.getMethod().equals("GET")
                    && !request.getMethod().equals("HEAD")) {
                answerWithPosition(request, response, chain);
            } else {
                chain.doFilter(request, response);
            }
        } finally {
            appended.clear();
        }
    }

    private void answerWithPosition(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, answer);
            if (answer.getStatus() >= 200 && answer.getStatus() < 300) {
                answer.setHeader(HEADER, String.valueOf(writePosition()));
            }
        } finally {
            answer.copyBodyToResponse();
        }
    }

    /** Where this request's write stands in the store: its own last event, or the newest stored. */
    private long writePosition() {
        return appended.highest().orElseGet(positions::head);
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
            awaitReached(model, position, deadline);
        }
        return true;
    }

    /**
     * Waits (bounded, as for a read that names a position) until the read model shows this request's write (or,
     * when it appended nothing, everything stored so far): so that a write can be answered from the same view a
     * read would give.
     */
    public void awaitWrite(String model) throws InterruptedException {
        awaitReached(model, writePosition(), System.nanoTime() + timeout.toNanos());
    }

    private void awaitReached(String model, long position, long deadline) throws InterruptedException {
        if (!positions.awaitReached(model, position, deadline)) {
            throw new ReadModelBehind(model, position);
        }
    }

    /** The read model has not reached the position asked for in time (503 with Retry-After). */
    public static final class ReadModelBehind extends RuntimeException {

        ReadModelBehind(String model, long position) {
            super("The " + model + " view has not yet reached position " + position + "; ask again in a moment.");
        }
    }
}
