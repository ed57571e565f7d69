package uk.mappa.ledger.api.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * RFC 9457 problem details with the ledger's stable {@code code}. Every error the API returns is built
 * here, so every one has the same shape.
 */
public final class Problems {

    private static final String TYPE_PREFIX = "urn:uk-mappa-ledger:problem:";

    private Problems() {
    }

    public static ProblemDetail problem(HttpStatus status, String code, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + code));
        problem.setTitle(title);
        problem.setProperty("code", code);
        return problem;
    }
}
