package uk.mappa.ledger.core.body;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Stable identifier of a body in the register, e.g. {@code merseyside-smb} or {@code knowsley-lscb}:
 * lower-case words joined by single hyphens, so ids read well in URLs, audit trails and seed files.
 */
public record BodyId(String value) {

    public static final String FORMAT = "^[a-z0-9]+(-[a-z0-9]+)*$";
    private static final Pattern PATTERN = Pattern.compile(FORMAT);
    public static final int MAX_LENGTH = 64;

    public BodyId {
        Objects.requireNonNull(value, "body id");
        if (value.length() > MAX_LENGTH || !PATTERN.matcher(value).matches()) {
            throw new IllegalArgumentException("A body id is lower-case words joined by hyphens, at most "
                    + MAX_LENGTH + " characters, such as 'merseyside-smb'; got '" + value + "'");
        }
    }

    public static boolean isWellFormed(String value) {
        return value != null && value.length() <= MAX_LENGTH && PATTERN.matcher(value).matches();
    }

    /** Axon uses {@code toString()} as the aggregate identifier, so it must be the bare value. */
    @Override
    public String toString() {
        return value;
    }
}
