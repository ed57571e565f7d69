package uk.mappa.ledger.core.rule;

import java.util.Objects;

/**
 * A command or value broke one of the ledger's rules. Carries a stable {@code code} that clients can
 * branch on, a sentence a person can act on, and the kind of failure so the API can choose the status.
 * Thrown before anything is applied, so a violation never records anything.
 */
public class RuleViolation extends RuntimeException {

    /** How the violation should be reported; the REST layer maps each kind to one HTTP status. */
    public enum Kind {
        /** The input is well-formed but breaks a rule of the domain (422). */
        UNPROCESSABLE,
        /** The actor may not do this (403). */
        FORBIDDEN,
        /** The thing addressed does not exist, or its existence must not be revealed (404). */
        NOT_FOUND,
        /** The request conflicts with what the ledger already holds (409). */
        CONFLICT
    }

    private final String code;
    private final Kind kind;

    public RuleViolation(Kind kind, String code, String detail) {
        super(detail);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.code = Objects.requireNonNull(code, "code");
    }

    public static RuleViolation unprocessable(String code, String detail) {
        return new RuleViolation(Kind.UNPROCESSABLE, code, detail);
    }

    public static RuleViolation forbidden(String code, String detail) {
        return new RuleViolation(Kind.FORBIDDEN, code, detail);
    }

    public static RuleViolation notFound(String code, String detail) {
        return new RuleViolation(Kind.NOT_FOUND, code, detail);
    }

    public static RuleViolation conflict(String code, String detail) {
        return new RuleViolation(Kind.CONFLICT, code, detail);
    }

    public String code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }

    /** The sentence for the person who made the request. */
    public String detail() {
        return getMessage();
    }
}
