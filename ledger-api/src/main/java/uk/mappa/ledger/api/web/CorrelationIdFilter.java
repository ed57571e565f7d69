package uk.mappa.ledger.api.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.mappa.ledger.core.LedgerMetaData;

/**
 * Gives every request a correlation id: the caller's {@code X-Correlation-Id} when it is sensible,
 * otherwise a new one. It is logged, echoed in the response, and stored with every event the request
 * causes, so a business manager's own system can find its requests in the audit trail.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CorrelationIdFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-Correlation-Id";
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String offered = request.getHeader(HEADER);
        String correlationId = offered != null && ACCEPTABLE.matcher(offered).matches()
                ? offered
                : UUID.randomUUID().toString();
        MDC.put(LedgerMetaData.CORRELATION_ID, correlationId);
        response.setHeader(HEADER, correlationId);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(LedgerMetaData.CORRELATION_ID);
        }
    }

    /** The correlation id of the request being served on this thread, if any. */
    public static String current() {
        return MDC.get(LedgerMetaData.CORRELATION_ID);
    }
}
