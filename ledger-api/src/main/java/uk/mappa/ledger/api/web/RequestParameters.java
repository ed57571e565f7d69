package uk.mappa.ledger.api.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import uk.mappa.ledger.core.body.BodyId;

/** Parses optional query parameters, collecting every violation instead of stopping at the first. */
public final class RequestParameters {

    private RequestParameters() {
    }

    public static BodyId bodyId(String value, String name, InvalidRequestException.Collector violations) {
        if (value == null) {
            return null;
        }
        if (BodyId.isWellFormed(value)) {
            return new BodyId(value);
        }
        violations.add(name, Patterns.BODY_ID_MESSAGE);
        return null;
    }

    /** Free text from a query: 1 to {@code max} characters, safe to store and show (see {@link StrictJsonInput}). */
    public static String text(String value, String name, int max, InvalidRequestException.Collector violations) {
        if (value == null) {
            return null;
        }
        String text = value.strip();
        if (text.isEmpty() || text.length() > max || !StrictJsonInput.safeText(text)) {
            violations.add(name, "must be 1 to " + max + " characters, without control characters or"
                    + " bidirectional overrides");
            return null;
        }
        return text;
    }

    public static Instant instant(String value, String name, InvalidRequestException.Collector violations) {
        if (value == null) {
            return null;
        }
        try {
            Instant instant = Instant.parse(value);
            if (!instant.isBefore(StrictJsonInput.EARLIEST) && !instant.isAfter(StrictJsonInput.LATEST)) {
                return instant;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        violations.add(name, "must be an ISO-8601 instant between the years 1900 and 9999, such as 2026-03-31T23:59:59Z");
        return null;
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, String value, String name,
                                                  InvalidRequestException.Collector violations) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            violations.add(name, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    public static int integer(String value, String name, int min, int max, InvalidRequestException.Collector violations) {
        try {
            int parsed = Integer.parseInt(value);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        violations.add(name, "must be a whole number from " + min + " to " + max);
        return min;
    }
}
