package uk.mappa.ledger.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.mappa.ledger.api.web.Problems;

/**
 * Cross-site request forgery guard for the demo users. A browser resends cached HTTP Basic credentials
 * to any request another site makes it send, but another site can only send a form or plain text without
 * asking the ledger first (CORS), never a JSON body. So a write signed in with Basic credentials must
 * carry {@code Content-Type: application/json}; bearer tokens are never sent by a browser on its own.
 */
final class JsonWritesOnly extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final ProblemAuthenticationHandlers problems;

    JsonWritesOnly(ProblemAuthenticationHandlers problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!SAFE_METHODS.contains(request.getMethod()) && authentication instanceof UsernamePasswordAuthenticationToken
                && !json(request.getContentType())) {
            problems.write(response, Problems.problem(HttpStatus.FORBIDDEN, "json-body-required",
                    "JSON body required", "A change signed in with a password must send a JSON body with"
                            + " Content-Type: application/json (send {} when there is nothing to say)."));
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean json(String contentType) {
        try {
            return contentType != null && MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(contentType));
        } catch (org.springframework.util.InvalidMimeTypeException e) {
            return false;
        }
    }
}
