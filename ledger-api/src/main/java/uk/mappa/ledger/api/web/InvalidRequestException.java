package uk.mappa.ledger.api.web;

import java.util.List;

/** Input that failed checks the API makes itself (query parameters, headers), with every violation. */
public class InvalidRequestException extends RuntimeException {

    private final List<ProblemAdvice.Violation> violations;

    InvalidRequestException(List<ProblemAdvice.Violation> violations) {
        super("Invalid request: " + violations);
        this.violations = List.copyOf(violations);
    }

    /** Collects violations, then throws them all at once. */
    public static final class Collector {

        private final java.util.ArrayList<ProblemAdvice.Violation> violations = new java.util.ArrayList<>();

        public Collector add(String field, String message) {
            violations.add(new ProblemAdvice.Violation(field, message));
            return this;
        }

        public InvalidRequestException asException() {
            return new InvalidRequestException(violations);
        }

        public void throwIfAny() {
            if (!violations.isEmpty()) {
                throw new InvalidRequestException(violations);
            }
        }
    }

    List<ProblemAdvice.Violation> violations() {
        return violations;
    }

    /** Each violation's field and sentence, for a page that shows them (the console's error summary). */
    public <T> List<T> map(java.util.function.BiFunction<String, String, T> fieldAndMessage) {
        return violations.stream().map(violation -> fieldAndMessage.apply(violation.field(), violation.message()))
                .toList();
    }
}
