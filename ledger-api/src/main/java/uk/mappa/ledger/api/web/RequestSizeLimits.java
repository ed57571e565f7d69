package uk.mappa.ledger.api.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bounds what one request can make the ledger read: its address (414) and its body (413), answered as
 * problems before anything else runs. A body without a declared length is counted as it is read, and
 * reading stops at the limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestSizeLimits extends OncePerRequestFilter {

    /** Far longer than any address of the API, far shorter than what would cost anything to look at. */
    static final int MAX_PATH_LENGTH = 2048;

    private final JsonMapper json;
    private final long maxBodyBytes;

    RequestSizeLimits(JsonMapper json, @Value("${ledger.web.max-request-bytes:1048576}") long maxBodyBytes) {
        this.json = json;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if (request.getRequestURI().length() + (query == null ? 0 : query.length()) > MAX_PATH_LENGTH) {
            Problems.write(json, response, Problems.problem(HttpStatus.URI_TOO_LONG, "uri-too-long",
                    "Address too long", "The request's address and query are at most " + MAX_PATH_LENGTH
                            + " characters."));
            return;
        }
        if (request.getContentLengthLong() > maxBodyBytes) {
            Problems.write(json, response, tooLarge());
            return;
        }
        chain.doFilter(new Bounded(request, maxBodyBytes), response);
    }

    private ProblemDetail tooLarge() {
        return tooLarge(maxBodyBytes);
    }

    static ProblemDetail tooLarge(long limit) {
        return Problems.problem(HttpStatus.CONTENT_TOO_LARGE, "request-too-large", "Request too large",
                "A request body is at most " + limit + " bytes.");
    }

    /** Raised by the counting stream while a body is read; the problem advice answers it with a 413. */
    static final class BodyTooLarge extends IOException {

        final long limit;

        BodyTooLarge(long limit) {
            super("The request body is larger than " + limit + " bytes");
            this.limit = limit;
        }
    }

    private static final class Bounded extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream counting;

        Bounded(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (counting == null) {
                ServletInputStream in = super.getInputStream();
                counting = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        count(b < 0 ? 0 : 1);
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        count(Math.max(n, 0));
                        return n;
                    }

                    private void count(int n) throws IOException {
                        read += n;
                        if (read > limit) {
                            throw new BodyTooLarge(limit);
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return counting;
        }
    }
}
