package uk.mappa.ledger.core.rule;

/** Guard clauses every decider shares, each failing with the same code for the same mistake. */
public final class Require {

    /** How long a free-text field (a reason, a note, an outcome) may be unless a rule says otherwise. */
    public static final int MAX_TEXT = 2000;

    private Require() {
    }

    /** A text that must be given, of at most {@link #MAX_TEXT} characters; returned stripped. */
    public static String text(String field, String value) {
        return text(field, value, MAX_TEXT);
    }

    /** A text that must be given, of at most {@code maxLength} characters once stripped; returned stripped. */
    public static String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw RuleViolation.unprocessable("missing-" + field, "The " + field + " is required.");
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw RuleViolation.unprocessable(field + "-too-long",
                    "The " + field + " is at most " + maxLength + " characters.");
        }
        return stripped;
    }
}
