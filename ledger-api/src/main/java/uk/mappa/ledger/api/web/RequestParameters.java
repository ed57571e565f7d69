package uk.mappa.ledger.api.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.projections.Page;

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

    /** What a caller is told when a list's 'after' is not a cursor the ledger gave it. */
    public static final String CURSOR_MESSAGE = "must be the 'next' of a page the ledger returned";

    /** A list's 'after': null for the first page, else a cursor the list gave (as its page's 'next'). */
    public static <C> C cursor(String after, Function<String, Optional<C>> decode,
                               InvalidRequestException.Collector violations) {
        if (after == null) {
            return null;
        }
        Optional<C> cursor = decode.apply(after);
        if (cursor.isEmpty()) {
            violations.add("after", CURSOR_MESSAGE);
        }
        return cursor.orElse(null);
    }

    /** A list's page size: 1 to {@link Page#MAX_SIZE}, {@link Page#DEFAULT_SIZE} when not given. */
    public static int pageSize(String size, InvalidRequestException.Collector violations) {
        return size == null ? Page.DEFAULT_SIZE : integer(size, "size", 1, Page.MAX_SIZE, violations);
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
