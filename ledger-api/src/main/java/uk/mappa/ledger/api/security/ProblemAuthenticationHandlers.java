package uk.mappa.ledger.api.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
        write(json, response, problem);
    }

    /** Writes a problem straight to the response, for errors raised before Spring MVC takes the request. */
    static void write(JsonMapper json, HttpServletResponse response, ProblemDetail problem) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.putAll(problem.getProperties());
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), body);
    }
}
