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

    /**
     * Checks a request built from a form (not bound by Spring MVC, which checks {@code @Valid} bodies itself)
     * against its Bean Validation constraints, naming fields as the API's problems do: {@code marking.classification},
     * {@code recipientBodyIds[0]}.
     */
    public static void requireValid(jakarta.validation.Validator validator, Object request) {
        Collector violations = new Collector();
        validator.validate(request).stream()
                .sorted(java.util.Comparator.comparing(violation -> violation.getPropertyPath().toString()))
                .forEach(violation -> violations.add(fieldOf(violation.getPropertyPath()), violation.getMessage()));
        violations.throwIfAny();
    }

    private static String fieldOf(jakarta.validation.Path path) {
        StringBuilder field = new StringBuilder();
        for (jakarta.validation.Path.Node node : path) {
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getKind() != jakarta.validation.ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.toString();
    }
}
