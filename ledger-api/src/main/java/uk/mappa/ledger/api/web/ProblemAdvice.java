package uk.mappa.ledger.api.web;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.ExceptionHandlerMethodResolver;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import uk.mappa.ledger.core.rule.RuleViolation;

/**
 * Every error as an RFC 9457 problem with a stable {@code code}, and for bad input every violation
 * listed, so the person or system that sent it can correct everything in one go.
 */
@RestControllerAdvice
public class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemAdvice.class);

    private final DatabaseUnavailable database;

    ProblemAdvice(DatabaseUnavailable database) {
        this.database = database;
    }

    private final ExceptionHandlerMethodResolver handlers = new ExceptionHandlerMethodResolver(ProblemAdvice.class);

    /**
     * The answer the API gives to an exception (status, headers such as Retry-After, the problem), for a page
     * that shows it to a person rather than sending JSON: one mapping of failures for both.
     */
    public ResponseEntity<?> answer(Exception exception, WebRequest request) {
        Method handler = handlers.resolveMethod(exception);
        Object[] arguments = Arrays.stream(handler.getParameterTypes())
                .map(type -> type.isInstance(exception) ? exception : type.isInstance(request) ? request : null)
                .toArray();
        try {
            ResponseEntity<?> answer = (ResponseEntity<?>) handler.invoke(this, arguments);
            return answer != null ? answer : unexpected(exception);
        } catch (ReflectiveOperationException failed) {
            return unexpected(exception);
        }
    }

    /** A field that was missing or wrong, and what is expected of it. */
    record Violation(String field, String message) {
    }

    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<ProblemDetail> ruleViolation(RuleViolation violation) {
        HttpStatus status = switch (violation.kind()) {
            case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_CONTENT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
        };
        return respond(Problems.problem(status, violation.code(), titleOf(violation.code()), violation.detail()));
    }

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<ProblemDetail> invalidRequest(InvalidRequestException exception) {
        return respond(invalid(exception.violations()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException exception) {
        return respond(invalid(List.of(new Violation(exception.getName(),
                "'" + exception.getValue() + "' is not a valid value"))));
    }

    @ExceptionHandler(ExpensiveReads.TooBusy.class)
    ResponseEntity<ProblemDetail> tooBusy(ExpensiveReads.TooBusy busy) {
        return retryLater(Problems.problem(HttpStatus.TOO_MANY_REQUESTS, "too-busy", "Too busy", busy.getMessage()),
                ExpensiveReads.RETRY_AFTER_SECONDS);
    }

    @ExceptionHandler(ReadYourWrites.ReadModelBehind.class)
    ResponseEntity<ProblemDetail> readModelBehind(ReadYourWrites.ReadModelBehind behind) {
        return retryLater(Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "read-model-behind", "Not yet up to date",
                behind.getMessage()), 1);
    }

    /** Two requests raced to create or change the same thing; the one that lost changed nothing. */
    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<ProblemDetail> concurrentChange(ConcurrencyException exception) {
        return respond(Problems.problem(HttpStatus.CONFLICT, "concurrent-change", "Changed at the same time",
                "Another request created or changed the same record at the same moment; this one recorded nothing."
                        + " Read it again and retry if it is still needed."));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException exception) {
        return respond(Problems.problem(HttpStatus.FORBIDDEN, "forbidden", "Not allowed",
                "Your role does not allow this request."));
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException exception) {
        return respond(Problems.problem(HttpStatus.UNAUTHORIZED, "unauthenticated", "Authentication required",
                "Sign in to use the ledger: send valid credentials with the request."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception exception) {
        if (database.explains(exception)) {
            LOG.warn("Database unreachable serving request {}: {}", CorrelationIdFilter.current(), exception.toString());
            return retryLater(Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable",
                    "Temporarily unavailable", "The ledger cannot reach its database just now and recorded nothing."
                            + " Send the request again in a few seconds (with the same Idempotency-Key if you"
                            + " used one)."),
                    DatabaseUnavailable.RETRY_AFTER_SECONDS);
        }
        LOG.error("Unexpected failure serving request {}", CorrelationIdFilter.current(), exception);
        return respond(Problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "The ledger could not complete the request and recorded nothing. Quote correlation id "
                        + CorrelationIdFilter.current() + " when reporting it."));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<Violation> violations = new ArrayList<>();
        for (FieldError error : exception.getBindingResult().getFieldErrors()) {
            violations.add(new Violation(error.getField(), error.getDefaultMessage()));
        }
        exception.getBindingResult().getGlobalErrors()
                .forEach(error -> violations.add(new Violation(error.getObjectName(), error.getDefaultMessage())));
        return asObject(invalid(violations));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException exception,
                                                                           HttpHeaders headers, HttpStatusCode status,
                                                                           WebRequest request) {
        List<Violation> violations = exception.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new Violation(result.getMethodParameter().getParameterName(),
                                error.getDefaultMessage())))
                .toList();
        return asObject(invalid(violations));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException exception, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        return asObject(invalid(List.of(new Violation(exception.getParameterName(), "is required"))));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        Throwable cause = exception.getCause();
        for (Throwable reason = cause; reason != null; reason = reason.getCause()) {
            if (reason instanceof RequestSizeLimits.BodyTooLarge tooLarge) {
                return asObject(RequestSizeLimits.tooLarge(tooLarge.limit));
            }
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            Collection<Object> known = unknown.getKnownPropertyIds();
            return asObject(Problems.problem(HttpStatus.BAD_REQUEST, "unknown-field", "Unknown field",
                    "The field '" + pathOf(unknown) + "' is not part of this request; accepted fields are "
                            + known.stream().map(String::valueOf).sorted().collect(Collectors.joining(", ")) + "."));
        }
        if (cause instanceof StrictJsonInput.RefusedValue refused && !refused.getPath().isEmpty()) {
            return asObject(invalid(List.of(new Violation(pathOf(refused), refused.reason()))));
        }
        if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            return asObject(invalid(List.of(new Violation(pathOf(databind),
                    "has a value of the wrong type or format"))));
        }
        if (cause instanceof JacksonException) {
            return asObject(Problems.problem(HttpStatus.BAD_REQUEST, "malformed-json", "Malformed JSON",
                    "The request body is not valid JSON: " + ((JacksonException) cause).getOriginalMessage()));
        }
        return asObject(Problems.problem(HttpStatus.BAD_REQUEST, "missing-body", "Request body required",
                "This request needs a JSON body."));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception exception, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(exception, body, headers, statusCode, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem
                && (problem.getProperties() == null || !problem.getProperties().containsKey("code"))) {
            problem.setProperty("code", codeFor(exception, statusCode));
        }
        return response;
    }

    private static String codeFor(Exception exception, HttpStatusCode status) {
        if (exception instanceof MissingRequestHeaderException) {
            return "missing-header";
        }
        return switch (status.value()) {
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 415 -> "unsupported-media-type";
            default -> exception instanceof ErrorResponse ? "bad-request" : "error";
        };
    }

    static ProblemDetail invalid(List<Violation> violations) {
        ProblemDetail problem = Problems.problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                "Correct the fields listed in 'violations' and send the request again.");
        problem.setProperty("violations", violations.stream()
                .map(v -> Map.of("field", v.field(), "message", v.message()))
                .toList());
        return problem;
    }

    private static String pathOf(DatabindException exception) {
        return exception.getPath().stream()
                .map(reference -> reference.getPropertyName() != null
                        ? reference.getPropertyName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String titleOf(String code) {
        String words = code.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** A refusal that is not the caller's fault and passes: the problem, with when to try again. */
    private static ResponseEntity<ProblemDetail> retryLater(ProblemDetail problem, int seconds) {
        return ResponseEntity.status(problem.getStatus()).header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static ResponseEntity<Object> asObject(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
