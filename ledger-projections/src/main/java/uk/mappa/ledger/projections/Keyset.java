package uk.mappa.ledger.projections;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.data.jpa.domain.Specification;

/**
 * Where a page ended in a list ordered by one value (a date, an instant or a title, as text) and then by id: the cursor of
 * the lists that order by a single field. Sent to callers as an opaque token naming its list, so a cursor of one
 * list is no cursor of another.
 */
public record Keyset(String value, String id) {

    public String encode(String list) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((list + "|" + value + "|" + id)
                .getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The cursor a token names for this list, whose ordering value {@code value} parses (e.g. {@code Instant::parse});
     * empty when it is not one this ledger made for it.
     */
    public static Optional<Keyset> decode(String list, String token, Function<String, ?> value) {
        try {
            // The value may hold the separator itself (a title); the list's name and the id never do.
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int first = text.indexOf('|');
            int last = text.lastIndexOf('|');
            if (first < 0 || first == last || !text.substring(0, first).equals(list)) {
                return Optional.empty();
            }
            String at = text.substring(first + 1, last);
            String id = text.substring(last + 1);
            value.apply(at);
            UUID.fromString(id);
            return Optional.of(new Keyset(at, id));
        } catch (IllegalArgumentException | DateTimeParseException malformed) {
            return Optional.empty();
        }
    }

    /**
     * The rows after this cursor in a list ordered by a value and then by id, both descending (newest first):
     * those with a lower value, or the same value and a lower id.
     *
     * @param value the value as the entity stores it, from the cursor's text (e.g. {@code Instant::parse})
     * @param id    the id as the entity stores it (a UUID or its text)
     */
    public <T> Specification<T> nextInDescendingOrder(String valueField, Function<String, ? extends Comparable<?>> value,
                                                      String idField, Function<String, ? extends Comparable<?>> id) {
        return next(valueField, value, idField, id, true);
    }

    /** The same for a list ordered by a value and then by id, both ascending (soonest first). */
    public <T> Specification<T> nextInAscendingOrder(String valueField, Function<String, ? extends Comparable<?>> value,
                                                     String idField, Function<String, ? extends Comparable<?>> id) {
        return next(valueField, value, idField, id, false);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private <T> Specification<T> next(String valueField, Function<String, ? extends Comparable<?>> value, String idField,
                                      Function<String, ? extends Comparable<?>> id, boolean descending) {
        Comparable at = value.apply(this.value);
        Comparable key = id.apply(this.id);
        return (row, criteria, builder) -> {
            jakarta.persistence.criteria.Expression<Comparable> ordered = row.get(valueField);
            jakarta.persistence.criteria.Expression<Comparable> tie = row.get(idField);
            return builder.or(descending ? builder.lessThan(ordered, at) : builder.greaterThan(ordered, at),
                    builder.and(builder.equal(ordered, at),
                            descending ? builder.lessThan(tie, key) : builder.greaterThan(tie, key)));
        };
    }
}
