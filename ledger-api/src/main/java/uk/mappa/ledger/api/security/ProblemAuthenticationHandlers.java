package uk.mappa.ledger.api.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;
import uk.mappa.ledger.api.web.Problems;

/**
 * 401 and 403 as problem details. They say what to do and nothing about the resource asked for, so an
 * unauthorised caller learns nothing.
 */
final class ProblemAuthenticationHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final JsonMapper json;
    private final String challenge;

    ProblemAuthenticationHandlers(JsonMapper json, String challenge) {
        this.json = json;
        this.challenge = challenge;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        response.setHeader("WWW-Authenticate", challenge);
        write(response, Problems.problem(HttpStatus.UNAUTHORIZED, "unauthenticated", "Authentication required",
                "Sign in to use the ledger: send valid credentials with the request."));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
            throws IOException {
        write(response, Problems.problem(HttpStatus.FORBIDDEN, "forbidden", "Not allowed",
                "Your role does not allow this request."));
    }

    void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        Problems.write(json, response, problem);
    }

}
